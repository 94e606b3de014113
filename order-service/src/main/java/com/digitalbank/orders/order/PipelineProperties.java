package com.digitalbank.orders.order;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Visibility timeouts of the pipeline's queues, each sized for its slowest step: Spring
 * Cloud AWS does not extend visibility while a message is handled, so a step slower than
 * its timeout would see its message delivered twice (harmless, as every step is
 * idempotent, but wasted). Tests shorten them so that dead-lettering takes seconds. Which
 * step reads which queue: {@link OrderPipeline}.
 */
@ConfigurationProperties("orders.pipeline")
public record PipelineProperties(@DefaultValue("30s") Duration recordVisibilityTimeout,
		@DefaultValue("120s") Duration invoiceVisibilityTimeout, @DefaultValue("60s") Duration mailVisibilityTimeout,
		@DefaultValue Queues queues) {

	/**
	 * The pipeline's queues, named per environment (each with its {@code <name>-dlq}).
	 * Listeners name theirs by property ({@code ${orders.pipeline.queues.invoice}}).
	 */
	public record Queues(@DefaultValue("order-creation") String creation, @DefaultValue("order-invoice") String invoice,
			@DefaultValue("order-internal-notification") String internalNotification,
			@DefaultValue("order-customer-confirmation") String customerConfirmation) {
	}

}
