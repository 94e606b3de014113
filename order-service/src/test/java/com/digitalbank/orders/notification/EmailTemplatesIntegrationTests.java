package com.digitalbank.orders.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.digitalbank.orders.OrderIntegrationTest;
import com.digitalbank.orders.TestOrders;
import com.digitalbank.orders.invoice.InvoiceProperties;
import com.digitalbank.orders.notification.persistence.TemplateStore;
import com.digitalbank.orders.order.Order;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mail rendering against the real templates bucket (S3Proxy): the classpath templates
 * when the bucket has none, the bucket's copy when it has one, reused until the cache's
 * time is up.
 */
@OrderIntegrationTest
class EmailTemplatesIntegrationTests {

	@Autowired
	ApplicationContext applicationContext;

	private static final String INTERNAL_TEXT = "emails/internal-notification.txt";

	static final Order ORDER = TestOrders.order(TestOrders.pricing(), "acme", Instant.parse("2026-11-23T18:00:00Z"),
			25);

	@Autowired
	EmailRenderer renderer;

	@Autowired
	TemplateStore store;

	@Autowired
	MailProperties mail;

	@Autowired
	S3Client s3;

	// The bucket is shared by the whole suite: every other e-mail must render from the
	// classpath.
	@AfterEach
	void removeTheBucketsTemplate() {
		s3.deleteObject(delete -> delete.bucket(mail.templatesBucket()).key(INTERNAL_TEXT));
	}

	@Test
	void rendersTheCustomerConfirmationFromTheClasspathTemplates() {
		EmailRenderer.Rendered email = renderer.render(EmailKind.CUSTOMER_CONFIRMATION, Map.of("order", ORDER, "seller",
				seller(), "invoiceUrl", "http://s3/invoice.pdf?X-Amz-Signature=abc", "linkValidDays", 7L));

		for (String part : List.of(email.html(), email.text())) {
			assertThat(part)
				.contains(ORDER.orderNumber(), "Ana López", "Product number 20", "5 more lines",
						String.format("%,.2f", ORDER.total()), "X-Amz-Signature=abc", "7 days")
				.doesNotContain("Product number 21", "[(", "${");
		}
		assertThat(email.html()).contains("href=\"http://s3/invoice.pdf?X-Amz-Signature=abc\"");
	}

	@Test
	void rendersTheInternalNotificationFromTheClasspathTemplates() {
		EmailRenderer.Rendered email = renderer.render(EmailKind.INTERNAL_NOTIFICATION,
				Map.of("order", ORDER, "seller", seller()));

		assertThat(email.text()).contains(ORDER.orderNumber(), "Tenant:        acme", "25 / ", "BANK_TRANSFER");
		assertThat(email.html()).contains(ORDER.orderId(), "ana.lopez@example.com");
	}

	@Test
	void prefersTheBucketsTemplateOverTheClasspathOne() {
		upload("Custom [(${order.orderNumber})]");

		EmailRenderer.Rendered email = renderer.render(EmailKind.INTERNAL_NOTIFICATION,
				Map.of("order", ORDER, "seller", seller()));

		assertThat(email.text()).isEqualTo("Custom " + ORDER.orderNumber());
		assertThat(email.html()).contains(ORDER.orderId(), "ana.lopez@example.com");
	}

	@Test
	void reusesTheBucketsTemplateUntilTheCacheTimeIsUp() {
		SettableClock clock = new SettableClock(Instant.parse("2026-11-23T18:00:00Z"));
		EmailRenderer cached = new EmailRenderer(new EmailTemplates(store, cachedFor(Duration.ofMinutes(5)), clock),
				applicationContext);
		upload("First [(${order.orderNumber})]");
		assertThat(internalText(cached)).isEqualTo("First " + ORDER.orderNumber());

		upload("Second [(${order.orderNumber})]");
		clock.set(clock.instant().plus(Duration.ofMinutes(4)));
		assertThat(internalText(cached)).isEqualTo("First " + ORDER.orderNumber());

		clock.set(clock.instant().plus(Duration.ofMinutes(1)));
		assertThat(internalText(cached)).isEqualTo("Second " + ORDER.orderNumber());
	}

	private void upload(String template) {
		s3.putObject(put -> put.bucket(mail.templatesBucket()).key(INTERNAL_TEXT), RequestBody.fromString(template));
	}

	/**
	 * The suite's settings, with a cache: the test profile turns it off so templates
	 * apply at once.
	 */
	private MailProperties cachedFor(Duration ttl) {
		return new MailProperties(mail.from(), mail.internalRecipients(), mail.templatesBucket(), ttl,
				mail.claimTimeout(), mail.customerSubject(), mail.internalSubject());
	}

	private static String internalText(EmailRenderer renderer) {
		return renderer.render(EmailKind.INTERNAL_NOTIFICATION, Map.of("order", ORDER, "seller", seller())).text();
	}

	private static InvoiceProperties.Seller seller() {
		return new InvoiceProperties.Seller("Digital Bank Commerce", "DBC", List.of(), "billing@example.com", "");
	}

	/**
	 * Time that moves only when the test says, so the cache's expiry is seen without
	 * waiting.
	 */
	private static final class SettableClock extends Clock {

		private volatile Instant now;

		SettableClock(Instant now) {
			this.now = now;
		}

		void set(Instant instant) {
			this.now = instant;
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException("Only UTC is needed here");
		}

	}

}
