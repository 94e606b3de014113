package com.digitalbank.orders.order.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.digitalbank.orders.OrderIntegrationTest;
import com.digitalbank.orders.TestOrders;
import com.digitalbank.orders.order.InvoiceClaim;
import com.digitalbank.orders.order.Order;
import com.digitalbank.orders.order.OrderPricing;
import com.digitalbank.orders.order.OrdersProperties;
import com.digitalbank.platform.dynamodb.JsonItems;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes grouped: a group is one transaction and one read, a refused condition answers
 * its own write and sends the others again, and concurrent steps get exactly the answers
 * they would have got one by one.
 */
@OrderIntegrationTest
class WriteGroupIntegrationTests {

	private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");

	@Autowired
	DynamoDbClient dynamoDb;

	@Autowired
	OrderClaims claims;

	@Autowired
	OrderStore store;

	@Autowired
	OrderPricing pricing;

	@Autowired
	OrdersProperties properties;

	@Autowired
	JsonItems items;

	@Test
	void aGroupAppliesEveryUpdateAndBringsBackEachItem() {
		List<Order> orders = List.of(stored(), stored(), stored());
		List<PendingWrite> group = orders.stream().map(order -> PendingWrite.of(claim(order), true)).toList();

		assertThat(new WriteGroup(dynamoDb).write(group)).isEmpty();

		for (int i = 0; i < orders.size(); i++) {
			WriteOutcome outcome = group.get(i).result().join();
			assertThat(outcome).isInstanceOf(WriteOutcome.Applied.class);
			assertThat(((WriteOutcome.Applied) outcome).item().get(OrderKeys.ORDER_ID).s())
				.isEqualTo(orders.get(i).orderId());
		}
	}

	@Test
	void aRefusedConditionAnswersItsUpdateAndSendsTheOthersAgain() {
		Order taken = stored();
		Order free = stored();
		claims.claimEmail(taken.tenantId(), taken.orderId(), "CUSTOMER_CONFIRMATION", NOW, NOW.minusSeconds(60));
		String missing = UUID.randomUUID().toString();
		List<PendingWrite> group = List.of(PendingWrite.of(claim(taken), true), PendingWrite.of(claim(free), true),
				PendingWrite.of(claim(taken.tenantId(), missing), true));

		List<PendingWrite> again = new WriteGroup(dynamoDb).write(group);

		assertThat(group.get(0).result().join()).isInstanceOfSatisfying(WriteOutcome.Refused.class,
				refused -> assertThat(refused.item().get(OrderKeys.ORDER_ID).s()).as("the item as it was refused")
					.isEqualTo(taken.orderId()));
		assertThat(group.get(2).result().join()).isEqualTo(new WriteOutcome.Refused(Map.of()));
		assertThat(again).extracting(PendingWrite::key).containsExactly(OrderKeys.key(free.tenantId(), free.orderId()));
		assertThat(again.get(0).attempts()).isEqualTo(1);
		assertThat(new WriteGroup(dynamoDb).write(again)).isEmpty();
		assertThat(group.get(1).result().join()).isInstanceOf(WriteOutcome.Applied.class);
	}

	/**
	 * A write the store rejects fails the whole transaction: then each is written alone,
	 * so only that one fails.
	 */
	@Test
	void aRejectedWriteFailsAloneAndTheOthersApply() {
		Order order = stored();
		Update broken = claim(order).toBuilder().updateExpression("SET #claimed = :undeclared").build();
		List<PendingWrite> group = List.of(PendingWrite.of(broken, false), PendingWrite.of(claim(stored()), true));

		assertThat(new WriteGroup(dynamoDb).write(group)).isEmpty();

		assertThat(group.get(0).result()).isCompletedExceptionally();
		assertThat(group.get(1).result().join()).isInstanceOf(WriteOutcome.Applied.class);
	}

	/** The record writer's puts: a redelivered order is refused, a new one stored. */
	@Test
	void aPutOfAStoredOrderIsRefusedAndANewOneStored() {
		Order stored = stored();
		Order fresh = TestOrders.order(pricing, "group-" + UUID.randomUUID(),
				Instant.now().truncatedTo(ChronoUnit.MICROS), 1);

		assertThat(store.insert(fresh)).isTrue();
		assertThat(store.insert(stored)).isFalse();
		List<PendingWrite> group = List.of(PendingWrite.of(put(stored)), PendingWrite.of(put(TestOrders.order(pricing,
				"group-" + UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MICROS), 1))));
		List<PendingWrite> again = new WriteGroup(dynamoDb).write(group);

		assertThat(group.get(0).result().join()).isInstanceOf(WriteOutcome.Refused.class);
		assertThat(new WriteGroup(dynamoDb).write(again)).isEmpty();
		assertThat(group.get(1).result().join()).isInstanceOf(WriteOutcome.Applied.class);
		assertThat(store.find(fresh.tenantId(), fresh.orderId())).contains(fresh);
	}

	/**
	 * Many steps at once through the writer, two claims per order racing each other: one
	 * wins each, as one by one.
	 */
	@Test
	void concurrentClaimsAreDecidedAsIfOneByOne() throws Exception {
		List<Order> orders = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			orders.add(stored());
		}
		List<Future<Boolean>> emails = new ArrayList<>();
		List<Future<InvoiceClaim>> invoices = new ArrayList<>();
		try (ExecutorService steps = Executors.newVirtualThreadPerTaskExecutor()) {
			for (Order order : orders) {
				for (int twice = 0; twice < 2; twice++) {
					emails.add(steps.submit(
							() -> claims
								.claimEmail(order.tenantId(), order.orderId(), "INTERNAL_NOTIFICATION", NOW,
										NOW.minusSeconds(60))
								.isPresent()));
					invoices.add(steps.submit(
							() -> claims.claimInvoice(order.tenantId(), order.orderId(), NOW, NOW.minusSeconds(60))));
				}
			}
		}
		for (int i = 0; i < orders.size(); i++) {
			Order order = orders.get(i);
			assertThat(List.of(emails.get(2 * i).get(), emails.get(2 * i + 1).get())).containsExactlyInAnyOrder(true,
					false);
			assertThat(List.of(invoices.get(2 * i).get(), invoices.get(2 * i + 1).get()))
				.containsExactlyInAnyOrder(new InvoiceClaim.Claimed(order, false), new InvoiceClaim.Busy());
		}
	}

	private Put put(Order order) {
		Map<String, AttributeValue> item = new HashMap<>(items.toItem(order));
		item.putAll(OrderKeys.key(order.tenantId(), order.orderId()));
		return Put.builder()
			.tableName(properties.table())
			.item(item)
			.conditionExpression("attribute_not_exists(PK)")
			.build();
	}

	private Update claim(Order order) {
		return claim(order.tenantId(), order.orderId());
	}

	private Update claim(String tenantId, String orderId) {
		return Update.builder()
			.tableName(properties.table())
			.key(OrderKeys.key(tenantId, orderId))
			.updateExpression("SET #claimed = :now")
			.conditionExpression("attribute_exists(PK) AND attribute_not_exists(#claimed)")
			.expressionAttributeNames(Map.of("#claimed", OrderClaims.emailClaimedAt("CUSTOMER_CONFIRMATION")))
			.expressionAttributeValues(Map.of(":now", AttributeValue.fromN(String.valueOf(NOW.toEpochMilli()))))
			.build();
	}

	private Order stored() {
		Order order = TestOrders.order(pricing, "group-" + UUID.randomUUID(),
				Instant.now().truncatedTo(ChronoUnit.MICROS), 1);
		store.insert(order);
		return order;
	}

}
