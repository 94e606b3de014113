package com.digitalbank.orders.order.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.digitalbank.orders.OrderIntegrationTest;
import com.digitalbank.orders.TestOrders;
import com.digitalbank.orders.order.InvoiceClaim;
import com.digitalbank.orders.order.Order;
import com.digitalbank.orders.order.OrderNotFoundException;
import com.digitalbank.orders.order.OrderPricing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The claims the pipeline's steps make on an order: each one decides and brings the order
 * in one write, and none of them shows in the order a client reads.
 */
@OrderIntegrationTest
class OrderClaimsIntegrationTests {

	private static final String EMAIL = "CUSTOMER_CONFIRMATION";

	private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");

	@Autowired
	OrderClaims claims;

	@Autowired
	OrderStore store;

	@Autowired
	OrderPricing pricing;

	@Test
	void anEmailIsClaimedByOneSenderAtATimeAndNeverAgainOnceSent() {
		Order order = stored();

		assertThat(claims.claimEmail(order.tenantId(), order.orderId(), EMAIL, NOW, NOW.minusSeconds(60)))
			.contains(order);
		assertThat(
				claims.claimEmail(order.tenantId(), order.orderId(), EMAIL, NOW.plusSeconds(1), NOW.minusSeconds(59)))
			.as("claimed by a live sender")
			.isEmpty();
		assertThat(claims.claimEmail(order.tenantId(), order.orderId(), "INTERNAL_NOTIFICATION", NOW,
				NOW.minusSeconds(60)))
			.as("another e-mail of the same order")
			.isPresent();

		claims.markEmailSent(order.tenantId(), order.orderId(), EMAIL, NOW.plusSeconds(2));

		assertThat(claims.claimEmail(order.tenantId(), order.orderId(), EMAIL, NOW.plusSeconds(3600),
				NOW.plusSeconds(3000)))
			.as("sent, however old")
			.isEmpty();
		assertThat(store.find(order.tenantId(), order.orderId())).contains(order);
	}

	@Test
	void aReleasedOrStaleEmailClaimCanBeClaimedAgain() {
		Order order = stored();
		claims.claimEmail(order.tenantId(), order.orderId(), EMAIL, NOW, NOW.minusSeconds(60));

		assertThat(
				claims.claimEmail(order.tenantId(), order.orderId(), EMAIL, NOW.plusSeconds(120), NOW.plusSeconds(60)))
			.as("its sender presumed dead")
			.contains(order);
		claims.releaseEmailClaim(order.tenantId(), order.orderId(), EMAIL);
		assertThat(
				claims.claimEmail(order.tenantId(), order.orderId(), EMAIL, NOW.plusSeconds(121), NOW.plusSeconds(61)))
			.as("given back after a failed send")
			.contains(order);
	}

	@Test
	void claimingForAMissingOrderFindsNoOrderAndCreatesNothing() {
		String tenant = "claims-" + UUID.randomUUID();
		String orderId = UUID.randomUUID().toString();

		assertThatThrownBy(() -> claims.claimEmail(tenant, orderId, EMAIL, NOW, NOW.minusSeconds(60)))
			.isInstanceOf(OrderNotFoundException.class);
		assertThatThrownBy(() -> claims.claimInvoice(tenant, orderId, NOW, NOW.minusSeconds(60)))
			.isInstanceOf(OrderNotFoundException.class);
		claims.releaseEmailClaim(tenant, orderId, EMAIL);
		claims.releaseInvoiceClaim(tenant, orderId);

		assertThat(store.find(tenant, orderId)).isEmpty();
	}

	/**
	 * Only a claim after an earlier attempt needs to look in the bucket for a PDF stored
	 * before.
	 */
	@Test
	void anInvoiceClaimSaysWhetherAnEarlierAttemptHeldIt() {
		Order order = stored();

		assertThat(claims.claimInvoice(order.tenantId(), order.orderId(), NOW, NOW.minusSeconds(90)))
			.isEqualTo(new InvoiceClaim.Claimed(order, false));
		assertThat(claims.claimInvoice(order.tenantId(), order.orderId(), NOW.plusSeconds(1), NOW.minusSeconds(89)))
			.isEqualTo(new InvoiceClaim.Busy());

		claims.releaseInvoiceClaim(order.tenantId(), order.orderId());
		assertThat(claims.claimInvoice(order.tenantId(), order.orderId(), NOW.plusSeconds(2), NOW.minusSeconds(88)))
			.isEqualTo(new InvoiceClaim.Claimed(order, true));

		claims.recordInvoice(order.tenantId(), order.orderId(), "invoices/key.pdf");
		assertThat(claims.claimInvoice(order.tenantId(), order.orderId(), NOW.plusSeconds(3600), NOW.plusSeconds(3000)))
			.isEqualTo(new InvoiceClaim.AlreadyIssued());
		assertThat(store.find(order.tenantId(), order.orderId()).orElseThrow().invoiceKey())
			.isEqualTo("invoices/key.pdf");
	}

	private Order stored() {
		Order order = TestOrders.order(pricing, "claims-" + UUID.randomUUID(),
				Instant.now().truncatedTo(ChronoUnit.MICROS), 2);
		store.insert(order);
		return order;
	}

}
