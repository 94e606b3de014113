package com.digitalbank.orders.order.messaging;

import java.util.List;

import com.digitalbank.orders.order.Order;
import com.digitalbank.orders.order.OrderManagement;
import com.digitalbank.orders.order.OrderPipeline;
import com.digitalbank.platform.messaging.BatchProcessor;
import com.digitalbank.platform.messaging.IncomingMessage;
import com.digitalbank.platform.messaging.MalformedMessageException;
import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.listener.acknowledgement.BatchAcknowledgement;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * The record writer: stores each submitted order once and hands it on. A message that is
 * not an order of the tenant in its envelope fails on every receive and ends in the
 * dead-letter queue, without holding up the rest of its batch.
 */
@Component
class OrderRecordListener {

	private final BatchProcessor batchProcessor;

	private final OrderManagement orders;

	OrderRecordListener(BatchProcessor batchProcessor, OrderManagement orders) {
		this.batchProcessor = batchProcessor;
		this.orders = orders;
	}

	@SqsListener(value = "${orders.pipeline.queues.creation}", acknowledgementMode = "MANUAL",
			maxConcurrentMessages = "${orders.pipeline.record-concurrency:20}",
			maxMessagesPerPoll = "${orders.pipeline.record-batch-size:10}")
	void onBatch(List<Message<String>> batch, BatchAcknowledgement<String> acknowledgement) {
		batchProcessor.process(batch, acknowledgement, message -> orders.record(submittedOrder(message)));
	}

	private static Order submittedOrder(IncomingMessage message) {
		message.requireType(OrderPipeline.ORDER_SUBMITTED);
		Order order = message.data(Order.class);
		message.requireTenant(order.tenantId());
		if (order.orderId() == null || order.items().isEmpty()) {
			throw new MalformedMessageException("Message " + message.messageId() + " is not a submitted order");
		}
		return order;
	}

}
