package com.digitalbank.orders.invoice.config;

import com.digitalbank.orders.invoice.InvoiceProperties;
import com.digitalbank.orders.invoice.InvoiceRenderer;
import com.digitalbank.orders.order.PipelineProperties;
import com.digitalbank.platform.resources.BucketDeclaration;
import com.digitalbank.platform.resources.QueueDeclaration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The invoice queue (visibility sized for rendering 500 lines) and the invoices bucket.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InvoiceProperties.class)
class InvoiceConfiguration {

	@Bean
	QueueDeclaration invoiceQueue(PipelineProperties pipeline) {
		return QueueDeclaration.of(pipeline.queues().invoice())
			.withVisibilityTimeout(pipeline.invoiceVisibilityTimeout());
	}

	@Bean
	BucketDeclaration invoicesBucket(InvoiceProperties properties) {
		return new BucketDeclaration(properties.bucket());
	}

	@Bean
	InvoiceRenderer invoiceRenderer(InvoiceProperties properties) {
		return new InvoiceRenderer(properties);
	}

}
