package com.digitalbank.platform.messaging;

import java.time.Duration;
import java.util.UUID;

import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import com.digitalbank.platform.test.WithLocalStack;
import com.digitalbank.platform.testapp.PlatformTestApplication;
import com.digitalbank.platform.testapp.Recorder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One trace follows a request through the service, the queue, the listener and the call
 * the listener makes: the caller's {@code traceparent} reaches the next service.
 */
@WithLocalStack
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TracingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Recorder recorder;

	@Test
	void theCallersTraceSurvivesHttpToSqsToListenerToOutgoingHttp() {
		String traceId = UUID.randomUUID().toString().replace("-", "");

		ApiResponse response = ApiClient.on(port)
			.as("user-123")
			.header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
			.post("/test/events", "{\"name\":\"traced\"}");

		assertThat(response.status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(recorder.echoedTraceparents)
				.anySatisfy(traceparent -> assertThat(traceparent).startsWith("00-" + traceId + "-")
					.doesNotContain("00f067aa0ba902b7")));
	}

}
