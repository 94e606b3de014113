package com.digitalbank.platform.testapp;

import java.util.List;
import java.util.Map;

import com.digitalbank.platform.messaging.BatchProcessor;
import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.listener.acknowledgement.BatchAcknowledgement;
import org.springframework.core.env.Environment;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Handles test events and calls back over HTTP, so correlation can be followed end to
 * end.
 */
@Component
class TestEventsListener {

	private final BatchProcessor batchProcessor;

	private final Recorder recorder;

	private final RestClient.Builder restClients;

	private final Environment environment;

	TestEventsListener(BatchProcessor batchProcessor, Recorder recorder, RestClient.Builder restClients,
			Environment environment) {
		this.batchProcessor = batchProcessor;
		this.recorder = recorder;
		this.restClients = restClients;
		this.environment = environment;
	}

	@SqsListener(value = PlatformTestApplication.EVENTS_QUEUE, acknowledgementMode = "MANUAL")
	void onBatch(List<Message<String>> batch, BatchAcknowledgement<String> acknowledgement) {
		batchProcessor.process(batch, acknowledgement, message -> {
			@SuppressWarnings("unchecked")
			Map<String, Object> data = message.data(Map.class);
			if (Boolean.TRUE.equals(data.get("poison"))) {
				throw new IllegalArgumentException("poison");
			}
			restClients.build()
				.get()
				.uri("http://localhost:" + environment.getProperty("local.server.port") + "/test/echo")
				.retrieve()
				.toBodilessEntity();
			recorder.handledEvents.add(String.valueOf(data.get("name")));
		});
	}

}
