package com.digitalbank.orders.notification.messaging;

import java.util.List;

import com.digitalbank.orders.notification.OrderEmails;
import com.digitalbank.orders.order.OrderPipeline;
import com.digitalbank.platform.messaging.BatchProcessor;
import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.listener.acknowledgement.BatchAcknowledgement;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/** Tells the team about every recorded order. */
@Component
class InternalNotificationListener {

	private final BatchProcessor batchProcessor;

	private final OrderEmails emails;

	InternalNotificationListener(BatchProcessor batchProcessor, OrderEmails emails) {
		this.batchProcessor = batchProcessor;
		this.emails = emails;
	}

	@SqsListener(value = "${orders.pipeline.queues.internal-notification}", acknowledgementMode = "MANUAL",
			maxConcurrentMessages = "${orders.pipeline.mail-concurrency:20}",
			maxMessagesPerPoll = "${orders.pipeline.mail-batch-size:10}")
	void onBatch(List<Message<String>> batch, BatchAcknowledgement<String> acknowledgement) {
		batchProcessor.process(batch, acknowledgement, message -> {
			message.requireType(OrderPipeline.ORDER_RECORDED);
			RecordedOrder order = message.data(RecordedOrder.class);
			message.requireTenant(order.tenantId());
			emails.sendInternalNotification(order.tenantId(), order.orderId());
		});
	}

	/** This step's view of {@code ORDER_RECORDED}. */
	record RecordedOrder(String tenantId, String orderId) {
	}

}
