package com.digitalbank.orders.order;

import java.time.Instant;

import com.digitalbank.orders.TestOrders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.digitalbank.orders.order.OrderStatus.CANCELLED;
import static com.digitalbank.orders.order.OrderStatus.CONFIRMED;
import static com.digitalbank.orders.order.OrderStatus.PENDING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderStatusTests {

	@ParameterizedTest(name = "{0} -> {1}: {2}")
	@CsvSource({ "PENDING, CONFIRMED, true", "CONFIRMED, PROCESSING, true", "PROCESSING, SHIPPED, true",
			"SHIPPED, DELIVERED, true", "PENDING, CANCELLED, true", "CONFIRMED, CANCELLED, true",
			"PROCESSING, CANCELLED, true", "SHIPPED, CANCELLED, false", "DELIVERED, CANCELLED, false",
			"PENDING, SHIPPED, false", "CONFIRMED, PENDING, false", "DELIVERED, PENDING, false",
			"CANCELLED, CONFIRMED, false", "PENDING, PENDING, false", "CANCELLED, CANCELLED, false" })
	void allowsOnlyTheNextStepOrACancellationBeforeShipping(OrderStatus from, OrderStatus to, boolean allowed) {
		assertThat(from.canMoveTo(to)).isEqualTo(allowed);
	}

	@Test
	void refusesAnIllegalMoveWithAConflict() {
		assertThatThrownBy(() -> OrderStatus.SHIPPED.moveTo(CANCELLED))
			.isInstanceOf(InvalidStatusTransitionException.class)
			.hasMessageContaining("SHIPPED")
			.extracting("code")
			.isEqualTo("INVALID_STATUS_TRANSITION");
	}

	@Test
	void recordsEveryMoveAndBumpsTheVersion() {
		Order order = TestOrders.order(
				new OrderPricing(new OrdersProperties("orders", "MXN", new java.math.BigDecimal("0.16"),
						new OrdersProperties.Shipping(java.math.BigDecimal.ONE, java.math.BigDecimal.TEN), null)),
				"t", Instant.parse("2026-01-01T00:00:00Z"), 1);

		Order confirmed = order.movedTo(CONFIRMED, "user-2", Instant.parse("2026-01-02T00:00:00Z"));

		assertThat(confirmed.status()).isEqualTo(CONFIRMED);
		assertThat(confirmed.version()).isEqualTo(2);
		assertThat(confirmed.statusHistory()).extracting(StatusChange::status).containsExactly(PENDING, CONFIRMED);
		assertThat(confirmed.updatedAt()).isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
		assertThat(order.status()).isEqualTo(PENDING);
	}

}
