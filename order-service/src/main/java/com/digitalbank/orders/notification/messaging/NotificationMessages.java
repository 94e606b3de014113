package com.digitalbank.orders.notification.messaging;

import com.digitalbank.orders.order.OrderPipeline;
import com.digitalbank.orders.order.PipelineProperties;
import com.digitalbank.platform.asyncapi.MessageDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the notification steps read, for the service's AsyncAPI document:
 * {@code ORDER_RECORDED} for the internal e-mail, {@code INVOICE_CREATED} for the
 * customer's.
 */
@Configuration(proxyBeanMethods = false)
class NotificationMessages {

	@Bean
	MessageDeclaration orderRecordedForInternalNotification(PipelineProperties pipeline) {
		return MessageDeclaration.receives(pipeline.queues().internalNotification(), OrderPipeline.ORDER_RECORDED,
				InternalNotificationListener.RecordedOrder.class);
	}

	@Bean
	MessageDeclaration invoiceCreatedForCustomerConfirmation(PipelineProperties pipeline) {
		return MessageDeclaration.receives(pipeline.queues().customerConfirmation(), OrderPipeline.INVOICE_CREATED,
				CustomerConfirmationListener.InvoiceCreated.class);
	}

}
