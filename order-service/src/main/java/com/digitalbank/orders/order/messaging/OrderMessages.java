package com.digitalbank.orders.order.messaging;

import com.digitalbank.orders.order.Order;
import com.digitalbank.orders.order.OrderPipeline;
import com.digitalbank.orders.order.PipelineProperties;
import com.digitalbank.platform.asyncapi.MessageDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The order's messages in the pipeline, for the service's AsyncAPI document: the API
 * sends {@code ORDER_SUBMITTED} that the record writer reads, and the record writer sends
 * {@code ORDER_RECORDED} to the invoice and notification steps.
 */
@Configuration(proxyBeanMethods = false)
class OrderMessages {

	@Bean
	MessageDeclaration orderSubmittedSent(PipelineProperties pipeline) {
		return MessageDeclaration.sends(pipeline.queues().creation(), OrderPipeline.ORDER_SUBMITTED, Order.class);
	}

	@Bean
	MessageDeclaration orderSubmittedReceived(PipelineProperties pipeline) {
		return MessageDeclaration.receives(pipeline.queues().creation(), OrderPipeline.ORDER_SUBMITTED, Order.class);
	}

	@Bean
	MessageDeclaration orderRecordedToInvoice(PipelineProperties pipeline) {
		return MessageDeclaration.sends(pipeline.queues().invoice(), OrderPipeline.ORDER_RECORDED,
				OrderEvents.OrderRecorded.class);
	}

	@Bean
	MessageDeclaration orderRecordedToInternalNotification(PipelineProperties pipeline) {
		return MessageDeclaration.sends(pipeline.queues().internalNotification(), OrderPipeline.ORDER_RECORDED,
				OrderEvents.OrderRecorded.class);
	}

}
