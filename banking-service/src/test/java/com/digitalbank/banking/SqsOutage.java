package com.digitalbank.banking;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.digitalbank.platform.messaging.EventPublisher;
import com.digitalbank.platform.messaging.PreparedEvent;
import io.awspring.cloud.sqs.operations.SqsTemplate;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's event publisher, sending to ElasticMQ as always, except while a test
 * declares an SQS outage: then every send fails, as when SQS cannot be reached.
 */
public class SqsOutage extends EventPublisher {

	private volatile boolean down;

	SqsOutage(SqsTemplate sqsTemplate, JsonMapper jsonMapper, Clock clock) {
		super(sqsTemplate, jsonMapper, "banking-service", clock);
	}

	public void begin() {
		down = true;
	}

	public void end() {
		down = false;
	}

	@Override
	public Set<String> send(String queue, List<PreparedEvent> events) {
		if (down) {
			return events.stream().map(PreparedEvent::eventId).collect(Collectors.toSet());
		}
		return super.send(queue, events);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Publisher {

		@Bean
		SqsOutage eventPublisher(SqsTemplate sqsTemplate, JsonMapper jsonMapper, Clock clock) {
			return new SqsOutage(sqsTemplate, jsonMapper, clock);
		}

	}

}
