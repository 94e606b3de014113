package com.digitalbank.platform.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.digitalbank.platform.correlation.CorrelationId;
import io.awspring.cloud.sqs.listener.SqsHeaders;
import io.awspring.cloud.sqs.operations.SendResult;
import io.awspring.cloud.sqs.operations.SqsTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends events in the platform envelope. The correlation id travels twice: inside the
 * envelope, and as the plain-string message attribute {@code correlationId} that
 * listeners restore before the body is even parsed. The trace travels as W3C
 * trace-context attributes ({@code traceparent}), fixed when the event is prepared.
 */
public class EventPublisher {

	public static final String EVENT_TYPE_ATTRIBUTE = "eventType";

	/** The envelope's event id, also as an attribute: what a consumer deduplicates by. */
	public static final String EVENT_ID_ATTRIBUTE = "eventId";

	private static final Logger log = LoggerFactory.getLogger(EventPublisher.class);

	/** SQS takes at most ten messages per batch call. */
	private static final int SQS_BATCH = 10;

	private final SqsTemplate sqsTemplate;

	private final JsonMapper jsonMapper;

	private final String source;

	private final Clock clock;

	private final MessageTracing tracing;

	public EventPublisher(SqsTemplate sqsTemplate, JsonMapper jsonMapper, String source, Clock clock) {
		this(sqsTemplate, jsonMapper, source, clock, MessageTracing.NONE);
	}

	public EventPublisher(SqsTemplate sqsTemplate, JsonMapper jsonMapper, String source, Clock clock,
			MessageTracing tracing) {
		this.sqsTemplate = sqsTemplate;
		this.jsonMapper = jsonMapper;
		this.source = source;
		this.clock = clock;
		this.tracing = tracing;
	}

	/** Publishes the event to the queue and returns the envelope that was sent. */
	public EventEnvelope<Object> publish(String queue, OutgoingEvent event) {
		EventEnvelope<Object> envelope = envelope(event);
		sqsTemplate.send(queue, message(queue, prepared(envelope, event)));
		return envelope;
	}

	/**
	 * Publishes many events in as few calls as SQS allows. Throws if any could not be
	 * sent, after the others were.
	 */
	public List<EventEnvelope<Object>> publishAll(String queue, List<OutgoingEvent> events) {
		List<EventEnvelope<Object>> envelopes = new ArrayList<>();
		List<PreparedEvent> prepared = new ArrayList<>();
		for (OutgoingEvent event : events) {
			EventEnvelope<Object> envelope = envelope(event);
			envelopes.add(envelope);
			prepared.add(prepared(envelope, event));
		}
		Set<String> failed = send(queue, prepared);
		if (!failed.isEmpty()) {
			throw new IllegalStateException(
					failed.size() + " of " + events.size() + " events to " + queue + " were not sent");
		}
		return envelopes;
	}

	/**
	 * The event as it will be sent, with its id, time, correlation id and trace fixed
	 * now: what the outbox stores in the transaction of the change the event announces.
	 */
	public PreparedEvent prepare(OutgoingEvent event) {
		return prepared(envelope(event), event);
	}

	/**
	 * Sends prepared events in as few calls as SQS allows and answers the ids of those
	 * that were not sent (all of them when SQS cannot be reached); never throws for a
	 * failed send.
	 */
	public Set<String> send(String queue, List<PreparedEvent> events) {
		Set<String> failed = new LinkedHashSet<>();
		for (int start = 0; start < events.size(); start += SQS_BATCH) {
			List<PreparedEvent> chunk = events.subList(start, Math.min(start + SQS_BATCH, events.size()));
			try {
				SendResult.Batch<String> result = sqsTemplate.sendMany(queue,
						chunk.stream().map(event -> message(queue, event)).toList());
				result.failed()
					.forEach(failure -> failed
						.add(String.valueOf(failure.message().getHeaders().get(EVENT_ID_ATTRIBUTE))));
			}
			catch (RuntimeException ex) {
				log.warn("Could not send {} events to {}", chunk.size(), queue, ex);
				chunk.forEach(event -> failed.add(event.eventId()));
			}
		}
		return failed;
	}

	private EventEnvelope<Object> envelope(OutgoingEvent event) {
		String correlationId = event.correlationId() != null ? event.correlationId() : CorrelationId.currentOrNew();
		return new EventEnvelope<>(EventEnvelope.CURRENT_VERSION, UUID.randomUUID().toString(), event.eventType(),
				correlationId, clock.instant(), source, event.userId(), event.tenantId(), event.data());
	}

	private PreparedEvent prepared(EventEnvelope<Object> envelope, OutgoingEvent event) {
		Map<String, String> attributes = new LinkedHashMap<>();
		attributes.put(CorrelationId.KEY, envelope.correlationId());
		attributes.put(EVENT_TYPE_ATTRIBUTE, envelope.eventType());
		attributes.put(EVENT_ID_ATTRIBUTE, envelope.eventId());
		TraceHeaders trace = event.trace() != null ? event.trace() : tracing.current();
		trace.fields().forEach(attributes::putIfAbsent);
		return new PreparedEvent(envelope.eventId(), envelope.eventType(), jsonMapper.writeValueAsString(envelope),
				attributes, event.groupId() != null ? event.groupId() : envelope.eventType());
	}

	private static Message<String> message(String queue, PreparedEvent event) {
		MessageBuilder<String> message = MessageBuilder.withPayload(event.body());
		event.attributes().forEach(message::setHeader);
		if (queue.endsWith(".fifo")) {
			message.setHeader(SqsHeaders.MessageSystemAttributes.SQS_MESSAGE_GROUP_ID_HEADER, event.groupId())
				.setHeader(SqsHeaders.MessageSystemAttributes.SQS_MESSAGE_DEDUPLICATION_ID_HEADER, event.eventId());
		}
		return message.build();
	}

}
