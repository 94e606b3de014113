package com.digitalbank.orders.order.config;

import com.digitalbank.orders.order.OrderPricing;
import com.digitalbank.orders.order.OrdersProperties;
import com.digitalbank.orders.order.PipelineProperties;
import com.digitalbank.orders.order.persistence.OrderKeys;
import com.digitalbank.platform.resources.KeyAttribute;
import com.digitalbank.platform.resources.QueueDeclaration;
import com.digitalbank.platform.resources.TableDeclaration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declares the orders table and the order-creation queue: created under {@code local} and
 * in tests, checked at start-up elsewhere (Terraform creates them there).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ OrdersProperties.class, PipelineProperties.class })
class OrderConfiguration {

	@Bean
	TableDeclaration ordersTable(OrdersProperties properties) {
		return TableDeclaration
			.of(properties.table(), KeyAttribute.string(OrderKeys.PK), KeyAttribute.string(OrderKeys.SK))
			.withIndex(OrderKeys.BY_DATE_INDEX, KeyAttribute.string(OrderKeys.GSI1PK),
					KeyAttribute.string(OrderKeys.GSI1SK))
			.withIndex(OrderKeys.BY_ID_INDEX, KeyAttribute.string(OrderKeys.ORDER_ID), null);
	}

	@Bean
	QueueDeclaration orderCreationQueue(PipelineProperties pipeline) {
		return QueueDeclaration.of(pipeline.queues().creation())
			.withVisibilityTimeout(pipeline.recordVisibilityTimeout());
	}

	@Bean
	OrderPricing orderPricing(OrdersProperties properties) {
		return new OrderPricing(properties);
	}

}
