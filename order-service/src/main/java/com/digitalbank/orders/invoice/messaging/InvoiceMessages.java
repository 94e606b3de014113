package com.digitalbank.orders.invoice.messaging;

import com.digitalbank.orders.order.OrderPipeline;
import com.digitalbank.orders.order.PipelineProperties;
import com.digitalbank.platform.asyncapi.MessageDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The invoice step's messages, for the service's AsyncAPI document:
 * {@code ORDER_RECORDED} in, {@code INVOICE_CREATED} out to the customer-confirmation
 * step.
 */
@Configuration(proxyBeanMethods = false)
class InvoiceMessages {

	@Bean
	MessageDeclaration orderRecordedForInvoice(PipelineProperties pipeline) {
		return MessageDeclaration.receives(pipeline.queues().invoice(), OrderPipeline.ORDER_RECORDED,
				InvoiceListener.RecordedOrder.class);
	}

	@Bean
	MessageDeclaration invoiceCreatedSent(PipelineProperties pipeline) {
		return MessageDeclaration.sends(pipeline.queues().customerConfirmation(), OrderPipeline.INVOICE_CREATED,
				InvoiceListener.InvoiceCreated.class);
	}

}
