package com.digitalbank.platform.saga;

import java.time.Duration;

import com.digitalbank.platform.messaging.EventPublisher;
import com.digitalbank.platform.messaging.OutgoingEvent;
import com.digitalbank.platform.messaging.PreparedEvent;
import com.digitalbank.platform.outbox.Outbox;
import com.digitalbank.platform.outbox.OutboxEntry;
import io.awspring.cloud.sqs.operations.SqsTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The messages that drive a service's sagas, all on its saga queue. */
class SagaMessages {

	private static final Logger log = LoggerFactory.getLogger(SagaMessages.class);

	/** SQS delays a message at most fifteen minutes; a longer wait is the sweeper's. */
	private static final Duration MAX_DELAY = Duration.ofMinutes(15);

	private final Outbox outbox;

	private final EventPublisher publisher;

	private final SqsTemplate sqsTemplate;

	private final String queue;

	SagaMessages(Outbox outbox, EventPublisher publisher, SqsTemplate sqsTemplate, String queue) {
		this.outbox = outbox;
		this.publisher = publisher;
		this.sqsTemplate = sqsTemplate;
		this.queue = queue;
	}

	String queue() {
		return queue;
	}

	OutboxEntry due(String sagaId) {
		return outbox.prepare(queue, dueEvent(sagaId));
	}

	OutboxEntry entry(String eventQueue, OutgoingEvent event) {
		return outbox.prepare(eventQueue, event);
	}

	void sendNow(String sagaId) {
		publisher.publish(queue, dueEvent(sagaId));
	}

	/**
	 * Best effort: a message lost here only delays the saga until the sweeper sees it.
	 */
	void sendLater(String sagaId, Duration delay) {
		if (delay.compareTo(MAX_DELAY) >= 0) {
			return;
		}
		PreparedEvent event = publisher.prepare(dueEvent(sagaId));
		int seconds = (int) Math.max(0, Math.min(MAX_DELAY.toSeconds() - 1, (delay.toMillis() + 999) / 1000));
		try {
			sqsTemplate.send(to -> to.queue(queue)
				.payload(event.body())
				.headers(new java.util.HashMap<String, Object>(event.attributes()))
				.delaySeconds(seconds));
		}
		catch (RuntimeException ex) {
			log.warn("Could not schedule saga {}; the sweeper will push it", sagaId, ex);
		}
	}

	private static OutgoingEvent dueEvent(String sagaId) {
		return OutgoingEvent.of(SagaDue.EVENT_TYPE, new SagaDue(sagaId)).inGroup(sagaId);
	}

}
