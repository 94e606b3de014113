package com.digitalbank.orders.invoice.messaging;

import java.util.List;

import com.digitalbank.orders.invoice.InvoiceIssuing;
import com.digitalbank.orders.order.OrderPipeline;
import com.digitalbank.orders.order.PipelineProperties;
import com.digitalbank.platform.messaging.BatchProcessor;
import com.digitalbank.platform.messaging.EventPublisher;
import com.digitalbank.platform.messaging.OutgoingEvent;
import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.listener.acknowledgement.BatchAcknowledgement;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Issues the invoice of each recorded order, then tells the customer-confirmation step,
 * whose e-mail links the invoice. After a redelivery it tells it again; that step sends
 * only once.
 */
@Component
class InvoiceListener {

	private final BatchProcessor batchProcessor;

	private final InvoiceIssuing invoices;

	private final EventPublisher publisher;

	private final String customerConfirmationQueue;

	InvoiceListener(BatchProcessor batchProcessor, InvoiceIssuing invoices, EventPublisher publisher,
			PipelineProperties pipeline) {
		this.batchProcessor = batchProcessor;
		this.invoices = invoices;
		this.publisher = publisher;
		this.customerConfirmationQueue = pipeline.queues().customerConfirmation();
	}

	@SqsListener(value = "${orders.pipeline.queues.invoice}", acknowledgementMode = "MANUAL",
			maxConcurrentMessages = "${orders.pipeline.invoice-concurrency:20}",
			maxMessagesPerPoll = "${orders.pipeline.invoice-batch-size:10}")
	void onBatch(List<Message<String>> batch, BatchAcknowledgement<String> acknowledgement) {
		batchProcessor.process(batch, acknowledgement, message -> {
			message.requireType(OrderPipeline.ORDER_RECORDED);
			RecordedOrder order = message.data(RecordedOrder.class);
			message.requireTenant(order.tenantId());
			invoices.issue(order.tenantId(), order.orderId())
				.ifPresent(key -> publisher.publish(customerConfirmationQueue,
						invoiceCreated(order, key, message.envelope().userId())));
		});
	}

	private static OutgoingEvent invoiceCreated(RecordedOrder order, String invoiceKey, String userId) {
		return OutgoingEvent
			.of(OrderPipeline.INVOICE_CREATED, new InvoiceCreated(order.tenantId(), order.orderId(), invoiceKey))
			.forTenant(order.tenantId())
			.forUser(userId);
	}

	/** This step's view of {@code ORDER_RECORDED}. */
	record RecordedOrder(String tenantId, String orderId) {
	}

	/** The data of {@code INVOICE_CREATED}. */
	record InvoiceCreated(String tenantId, String orderId, String invoiceKey) {
	}

}
