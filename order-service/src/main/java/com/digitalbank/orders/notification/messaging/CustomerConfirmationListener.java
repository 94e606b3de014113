package com.digitalbank.orders.notification.messaging;

import java.util.List;

import com.digitalbank.orders.notification.OrderEmails;
import com.digitalbank.orders.order.OrderPipeline;
import com.digitalbank.platform.messaging.BatchProcessor;
import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.listener.acknowledgement.BatchAcknowledgement;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/** Confirms each order to its customer once its invoice exists. */
@Component
class CustomerConfirmationListener {

	private final BatchProcessor batchProcessor;

	private final OrderEmails emails;

	CustomerConfirmationListener(BatchProcessor batchProcessor, OrderEmails emails) {
		this.batchProcessor = batchProcessor;
		this.emails = emails;
	}

	@SqsListener(value = "${orders.pipeline.queues.customer-confirmation}", acknowledgementMode = "MANUAL",
			maxConcurrentMessages = "${orders.pipeline.mail-concurrency:20}",
			maxMessagesPerPoll = "${orders.pipeline.mail-batch-size:10}")
	void onBatch(List<Message<String>> batch, BatchAcknowledgement<String> acknowledgement) {
		batchProcessor.process(batch, acknowledgement, message -> {
			message.requireType(OrderPipeline.INVOICE_CREATED);
			InvoiceCreated invoice = message.data(InvoiceCreated.class);
			message.requireTenant(invoice.tenantId());
			emails.sendCustomerConfirmation(invoice.tenantId(), invoice.orderId());
		});
	}

	/** This step's view of {@code INVOICE_CREATED}. */
	record InvoiceCreated(String tenantId, String orderId, String invoiceKey) {
	}

}
