package com.digitalbank.marketplace.purchase.messaging;

import java.util.List;

import com.digitalbank.marketplace.purchase.PurchaseEvent;
import com.digitalbank.marketplace.purchase.PurchaseProperties;
import com.digitalbank.platform.asyncapi.MessageDeclaration;
import com.digitalbank.platform.resources.QueueDeclaration;
import org.springframework.beans.factory.BeanRegistrar;
import org.springframework.beans.factory.BeanRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * The purchase queues, and what goes on them for the service's AsyncAPI document: every
 * step of every purchase on the events queue, the two endings on the notifications queue.
 */
@Configuration(proxyBeanMethods = false)
@Import(PurchaseMessages.Declarations.class)
class PurchaseMessages {

	static final List<String> EVENTS = List.of(PurchaseEvent.STARTED, PurchaseEvent.INVENTORY_RESERVED,
			PurchaseEvent.PAYMENT_COMPLETED, PurchaseEvent.CONFIRMED, PurchaseEvent.CASHBACK_CREDITED,
			PurchaseEvent.PAYMENT_FAILED, PurchaseEvent.COMPENSATION_REQUIRED, PurchaseEvent.PAYMENT_VOIDED,
			PurchaseEvent.INVENTORY_RELEASED, PurchaseEvent.FAILED, PurchaseEvent.USER_NOTIFIED);

	static final List<String> ENDINGS = List.of(PurchaseEvent.CONFIRMED, PurchaseEvent.FAILED);

	@Bean
	QueueDeclaration marketplaceEventsQueue(PurchaseProperties properties) {
		return QueueDeclaration.of(properties.eventsQueue());
	}

	@Bean
	QueueDeclaration marketplaceNotificationsQueue(PurchaseProperties properties) {
		return QueueDeclaration.of(properties.notificationsQueue());
	}

	/**
	 * One declaration bean per event type and queue, as the AsyncAPI document collects
	 * them.
	 */
	static class Declarations implements BeanRegistrar {

		@Override
		public void register(BeanRegistry registry, Environment env) {
			for (String event : EVENTS) {
				registry.registerBean("sends" + event, MessageDeclaration.class,
						spec -> spec.supplier(context -> MessageDeclaration
							.sends(context.bean(PurchaseProperties.class).eventsQueue(), event, PurchaseEvent.class)));
			}
			for (String ending : ENDINGS) {
				registry.registerBean("notifies" + ending, MessageDeclaration.class,
						spec -> spec.supplier(context -> MessageDeclaration.sends(
								context.bean(PurchaseProperties.class).notificationsQueue(), ending,
								PurchaseEvent.class)));
				registry.registerBean("receives" + ending, MessageDeclaration.class,
						spec -> spec.supplier(context -> MessageDeclaration.receives(
								context.bean(PurchaseProperties.class).notificationsQueue(), ending,
								PurchaseEvent.class)));
			}
		}

	}

}
