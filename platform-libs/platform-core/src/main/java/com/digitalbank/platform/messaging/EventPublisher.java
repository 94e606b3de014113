package com.digitalbank.platform.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.digitalbank.platform.correlation.CorrelationId;
import io.awspring.cloud.sqs.listener.SqsHeaders;
import io.awspring.cloud.sqs.operations.SendResult;
import io.awspring.cloud.sqs.operations.SqsTemplate;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends events in the platform envelope. The correlation id travels twice: inside the
 * envelope, and as the plain-string message attribute {@code correlationId} that
 * listeners restore before the body is even parsed.
 */
public class EventPublisher {

	public static final String EVENT_TYPE_ATTRIBUTE = "eventType";

	/** SQS takes at most ten messages per batch call. */
	private static final int SQS_BATCH = 10;

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
		EventEnvelope<Object> envelope = envelope(event);
		sqsTemplate.send(queue, message(queue, envelope, event));
		return envelope;
	}

	/**
	 * Publishes many events in as few calls as SQS allows. Throws if any could not be
	 * sent, after the others were.
	 */
	public List<EventEnvelope<Object>> publishAll(String queue, List<OutgoingEvent> events) {
		List<EventEnvelope<Object>> envelopes = new ArrayList<>();
		List<Message<String>> messages = new ArrayList<>();
		for (OutgoingEvent event : events) {
			EventEnvelope<Object> envelope = envelope(event);
			envelopes.add(envelope);
			messages.add(message(queue, envelope, event));
		}
		int failed = 0;
		for (int start = 0; start < messages.size(); start += SQS_BATCH) {
			SendResult.Batch<String> result = sqsTemplate.sendMany(queue,
					messages.subList(start, Math.min(start + SQS_BATCH, messages.size())));
			failed += result.failed().size();
		}
		if (failed > 0) {
			throw new IllegalStateException(failed + " of " + events.size() + " events to " + queue + " were not sent");
		}
		return envelopes;
	}

	private EventEnvelope<Object> envelope(OutgoingEvent event) {
		String correlationId = event.correlationId() != null ? event.correlationId() : CorrelationId.currentOrNew();
		return new EventEnvelope<>(EventEnvelope.CURRENT_VERSION, UUID.randomUUID().toString(), event.eventType(),
				correlationId, clock.instant(), source, event.userId(), event.tenantId(), event.data());
	}

	private Message<String> message(String queue, EventEnvelope<Object> envelope, OutgoingEvent event) {
		MessageBuilder<String> message = MessageBuilder.withPayload(jsonMapper.writeValueAsString(envelope))
			.setHeader(CorrelationId.KEY, envelope.correlationId())
			.setHeader(EVENT_TYPE_ATTRIBUTE, envelope.eventType());
		if (queue.endsWith(".fifo")) {
			message
				.setHeader(SqsHeaders.MessageSystemAttributes.SQS_MESSAGE_GROUP_ID_HEADER,
						event.groupId() != null ? event.groupId() : envelope.eventType())
				.setHeader(SqsHeaders.MessageSystemAttributes.SQS_MESSAGE_DEDUPLICATION_ID_HEADER, envelope.eventId());
		}
		return message.build();
	}

}
