package com.digitalbank.orders.notification;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.digitalbank.orders.TestOrders;
import com.digitalbank.orders.invoice.InvoiceProperties;
import com.digitalbank.orders.notification.persistence.TemplateStore;
import com.digitalbank.orders.order.Order;
import com.digitalbank.orders.order.OrderPricing;
import com.digitalbank.orders.order.OrdersProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class EmailRendererTests {

	static final MailProperties MAIL = new MailProperties("orders@example.com", List.of("team@example.com"), "templates",
			Duration.ofMinutes(5), Duration.ofMinutes(5), "We received your order {orderNumber}", "New order");

	static final Order ORDER = TestOrders.order(new OrderPricing(new OrdersProperties("orders", "MXN",
			new BigDecimal("0.16"), new OrdersProperties.Shipping(new BigDecimal("99.00"), new BigDecimal("999.00")), null)),
			"acme", Instant.parse("2026-11-23T18:00:00Z"), 25);

	private final TemplateStore store = mock(TemplateStore.class);

	private final EmailRenderer renderer = new EmailRenderer(new EmailTemplates(store, MAIL, Clock.systemUTC()));

	@Test
	void rendersTheCustomerConfirmationFromTheClasspathTemplates() {
		EmailRenderer.Rendered email = renderer.render(EmailKind.CUSTOMER_CONFIRMATION,
				Map.of("order", ORDER, "seller", seller(), "invoiceUrl", "http://s3/invoice.pdf?X-Amz-Signature=abc",
						"linkValidDays", 7L));

		for (String part : List.of(email.html(), email.text())) {
			assertThat(part).contains(ORDER.orderNumber(), "Ana López", "Product number 20", "5 more lines",
					String.format("%,.2f", ORDER.total()), "X-Amz-Signature=abc", "7 days")
				.doesNotContain("Product number 21", "[(", "${");
		}
		assertThat(email.html()).contains("href=\"http://s3/invoice.pdf?X-Amz-Signature=abc\"");
	}

	@Test
	void rendersTheInternalNotification() {
		EmailRenderer.Rendered email = renderer.render(EmailKind.INTERNAL_NOTIFICATION,
				Map.of("order", ORDER, "seller", seller()));

		assertThat(email.text()).contains(ORDER.orderNumber(), "Tenant:        acme", "25 / ", "BANK_TRANSFER");
		assertThat(email.html()).contains(ORDER.orderId(), "ana.lopez@example.com");
	}

	@Test
	void prefersTheBucketsTemplateAndCachesIt() {
		when(store.find(anyString())).thenReturn(Optional.of("Custom [(${order.orderNumber})]"));

		renderer.render(EmailKind.INTERNAL_NOTIFICATION, Map.of("order", ORDER, "seller", seller()));
		EmailRenderer.Rendered email = renderer.render(EmailKind.INTERNAL_NOTIFICATION,
				Map.of("order", ORDER, "seller", seller()));

		assertThat(email.text()).isEqualTo("Custom " + ORDER.orderNumber());
		verify(store, times(1)).find("emails/internal-notification.txt");
	}

	private static InvoiceProperties.Seller seller() {
		return new InvoiceProperties.Seller("Digital Bank Commerce", "DBC", List.of(), "billing@example.com", "");
	}

}
