package com.digitalbank.platform.deadletter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.digitalbank.platform.resources.QueueDeclaration;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the depth of every dead-letter queue when {@link #poll} is called: a gauge
 * {@code sqs.dead.letter.messages} per queue shows the last depth read (none until the
 * first read), and a warning is logged each time a dead-letter queue is found holding
 * messages after it was empty or not yet read. Scraping the gauge never calls SQS.
 */
class DeadLetterWatch implements MeterBinder {

	static final String GAUGE = "sqs.dead.letter.messages";

	private static final Logger log = LoggerFactory.getLogger(DeadLetterWatch.class);

	private static final long UNREAD = -1;

	private final QueueClient client;

	private final Map<QueueDeclaration, AtomicLong> depths = new LinkedHashMap<>();

	DeadLetterWatch(QueueClient client, DeclaredQueues queues) {
		this.client = client;
		queues.all().forEach(queue -> depths.put(queue, new AtomicLong(UNREAD)));
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		depths.forEach(
				(queue, depth) -> Gauge.builder(GAUGE, depth, value -> value.get() == UNREAD ? Double.NaN : value.get())
					.description("Messages in the queue's dead-letter queue, as last read")
					.tag("queue", queue.name())
					.tag("dead.letter.queue", queue.deadLetterQueueName())
					.register(registry));
	}

	void poll() {
		depths.forEach((queue, depth) -> {
			try {
				long now = client.depth(queue.deadLetterQueueName()).total();
				long before = depth.getAndSet(now);
				if (now > 0 && before <= 0) {
					log.warn("Dead-letter queue {} holds {} message(s) that failed in {}; see GET /actuator/queues/{}",
							queue.deadLetterQueueName(), now, queue.name(), queue.name());
				}
			}
			catch (RuntimeException ex) {
				log.debug("Could not read the depth of {}", queue.deadLetterQueueName(), ex);
			}
		});
	}

}
