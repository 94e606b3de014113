package com.digitalbank.platform.messaging;

import java.time.Clock;
import java.util.UUID;

import com.digitalbank.platform.correlation.CorrelationId;
import io.awspring.cloud.sqs.operations.SqsTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends events in the platform envelope. The correlation id travels twice: inside the envelope,
 * and as the plain-string message attribute {@code correlationId} that listeners restore before
 * the body is even parsed.
 */
public class EventPublisher {

	public static final String EVENT_TYPE_ATTRIBUTE = "eventType";

	private final SqsTemplate sqsTemplate;

	private final JsonMapper jsonMapper;

	private final String source;

	private final Clock clock;

	public EventPublisher(SqsTemplate sqsTemplate, JsonMapper jsonMapper, String source, Clock clock) {
		this.sqsTemplate = sqsTemplate;
		this.jsonMapper = jsonMapper;
		this.source = source;
		this.clock = clock;
	}

	/** Publishes the event to the queue and returns the envelope that was sent. */
	public EventEnvelope<Object> publish(String queue, OutgoingEvent event) {
		EventEnvelope<Object> envelope = new EventEnvelope<>(EventEnvelope.CURRENT_VERSION,
				UUID.randomUUID().toString(), event.eventType(), CorrelationId.currentOrNew(), clock.instant(), source,
				event.userId(), event.tenantId(), event.data());
		String body = jsonMapper.writeValueAsString(envelope);
		sqsTemplate.send(to -> {
			to.queue(queue)
				.payload(body)
				.header(CorrelationId.KEY, envelope.correlationId())
				.header(EVENT_TYPE_ATTRIBUTE, envelope.eventType());
			if (queue.endsWith(".fifo")) {
				to.messageGroupId(event.groupId() != null ? event.groupId() : envelope.eventType())
					.messageDeduplicationId(envelope.eventId());
			}
		});
		return envelope;
	}

}
