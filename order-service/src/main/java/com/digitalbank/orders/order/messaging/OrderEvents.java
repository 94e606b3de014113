package com.digitalbank.orders.order.messaging;

import com.digitalbank.orders.order.Order;
import com.digitalbank.orders.order.OrderPipeline;
import com.digitalbank.orders.order.PipelineProperties;
import com.digitalbank.platform.messaging.EventPublisher;
import com.digitalbank.platform.messaging.OutgoingEvent;
import org.springframework.stereotype.Component;

/**
 * Publishes the order's events. {@code ORDER_SUBMITTED} carries the whole order, computed
 * once by the API, so the record writer stores exactly what the client was told; the
 * later steps get only the order's key and read the stored order.
 */
@Component
public class OrderEvents {

	private final EventPublisher publisher;

	private final PipelineProperties.Queues queues;

	OrderEvents(EventPublisher publisher, PipelineProperties pipeline) {
		this.publisher = publisher;
		this.queues = pipeline.queues();
	}

	public void submitted(Order order) {
		publisher.publish(queues.creation(),
				OutgoingEvent.of(OrderPipeline.ORDER_SUBMITTED, order)
					.forTenant(order.tenantId())
					.forUser(order.createdBy()));
	}

	/**
	 * Tells every step after the record writer; each one is idempotent, so telling twice
	 * is harmless.
	 */
	public void recorded(Order order) {
		OutgoingEvent event = OutgoingEvent
			.of(OrderPipeline.ORDER_RECORDED, new OrderRecorded(order.tenantId(), order.orderId(), order.orderNumber()))
			.forTenant(order.tenantId())
			.forUser(order.createdBy());
		publisher.publish(queues.invoice(), event);
		publisher.publish(queues.internalNotification(), event);
	}

	/** The data of {@code ORDER_RECORDED}. */
	record OrderRecorded(String tenantId, String orderId, String orderNumber) {
	}

}
