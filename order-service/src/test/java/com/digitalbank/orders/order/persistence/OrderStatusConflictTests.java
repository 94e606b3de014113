package com.digitalbank.orders.order.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Consumer;

import com.digitalbank.orders.TestOrders;
import com.digitalbank.orders.order.Order;
import com.digitalbank.orders.order.OrderStatus;
import com.digitalbank.orders.order.OrdersProperties;
import com.digitalbank.platform.dynamodb.JsonItems;
import com.digitalbank.platform.problem.BusinessException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A status change that meets the order writer's transaction on the same item (DynamoDB
 * answers {@code TransactionConflict}; DynamoDB Local rarely does, so it is played here)
 * is tried again, and answered 409 {@code ORDER_BUSY} only if it keeps meeting one.
 */
class OrderStatusConflictTests {

	private static final OrdersProperties PROPERTIES = new OrdersProperties("orders", "MXN", new BigDecimal("0.16"),
			new OrdersProperties.Shipping(new BigDecimal("99.00"), new BigDecimal("999.00")), null);

	private final JsonItems items = new JsonItems(JsonMapper.builder().build());

	private final Order order = TestOrders.order(TestOrders.pricing(), "acme", Instant.parse("2026-11-30T10:00:00Z"),
			1);

	private final Order confirmed = order.movedTo(OrderStatus.CONFIRMED, "user-123",
			Instant.parse("2026-11-30T10:01:00Z"));

	@Test
	void aChangeThatMetATransactionIsSavedOnTheNextAttempt() {
		Updates dynamoDb = new Updates(2);

		Order saved = new OrderStore(dynamoDb, null, items, PROPERTIES).saveStatus(confirmed, order.version());

		assertThat(saved.status()).isEqualTo(OrderStatus.CONFIRMED);
		assertThat(dynamoDb.calls).isEqualTo(3);
	}

	@Test
	void aChangeThatKeepsMeetingOneIsRefusedAsBusy() {
		Updates dynamoDb = new Updates(100);

		assertThatExceptionOfType(BusinessException.class)
			.isThrownBy(() -> new OrderStore(dynamoDb, null, items, PROPERTIES).saveStatus(confirmed, order.version()))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("ORDER_BUSY"));
		assertThat(dynamoDb.calls).isEqualTo(5);
	}

	/** Answers the first updates with a conflict, then with the order as changed. */
	private final class Updates implements DynamoDbClient {

		private final int conflicts;

		int calls;

		Updates(int conflicts) {
			this.conflicts = conflicts;
		}

		@Override
		public UpdateItemResponse updateItem(Consumer<UpdateItemRequest.Builder> request) {
			calls++;
			if (calls <= conflicts) {
				throw TransactionConflictException.builder().message("Transaction is ongoing for the item").build();
			}
			return UpdateItemResponse.builder().attributes(items.toItem(confirmed)).build();
		}

		@Override
		public String serviceName() {
			return "dynamodb";
		}

		@Override
		public void close() {
		}

	}

}
