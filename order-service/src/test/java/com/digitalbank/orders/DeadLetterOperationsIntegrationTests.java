package com.digitalbank.orders;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.digitalbank.orders.order.Order;
import com.digitalbank.orders.order.OrderPipeline;
import com.digitalbank.orders.order.OrderPricing;
import com.digitalbank.orders.order.persistence.OrderStore;
import com.digitalbank.platform.messaging.EventPublisher;
import com.digitalbank.platform.messaging.OutgoingEvent;
import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What an operator does with a poison message, through the platform's {@code queues}
 * endpoint: an order's internal notification arrives before the order exists, fails on
 * every receive and is dead-lettered; the operator finds it with the reason, fixes the
 * data, moves it back, and the team gets its e-mail.
 */
@OrderIntegrationTest
class DeadLetterOperationsIntegrationTests {

	private static final String TEAM = "orders-team@digitalbank.example";

	private static final String QUEUE = PipelineProbe.INTERNAL_NOTIFICATION;

	@LocalServerPort
	int port;

	@Autowired
	EventPublisher publisher;

	@Autowired
	OrderStore store;

	@Autowired
	OrderPricing pricing;

	@Test
	void aPoisonMessageIsListedWithItsFailureAndProcessedOnceMovedBackAfterAFix() {
		String tenant = "t-" + UUID.randomUUID();
		Order order = TestOrders.order(pricing, tenant, Instant.now().truncatedTo(ChronoUnit.MICROS), 1);
		publisher.publish(QUEUE,
				OutgoingEvent.of(OrderPipeline.ORDER_RECORDED, Map.of("tenantId", tenant, "orderId", order.orderId()))
					.forTenant(tenant));

		Map<String, Object> dead = await().atMost(Duration.ofSeconds(40))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> deadLetter(order.orderId()), found -> found != null);

		assertThat(dead).extractingByKey("attributes")
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("eventType", OrderPipeline.ORDER_RECORDED)
			.containsKey("correlationId");
		assertThat(dead).extractingByKey("failure")
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("exception", "com.digitalbank.orders.order.OrderNotFoundException")
			.containsEntry("message", "Order " + order.orderId() + " was not found.");
		ApiResponse queues = operator().get("/actuator/queues");
		assertThat(queues.<List<String>>json("$.queues[*].name")).containsExactlyInAnyOrder(PipelineProbe.CREATION,
				PipelineProbe.INVOICE, PipelineProbe.INTERNAL_NOTIFICATION, PipelineProbe.CUSTOMER_CONFIRMATION);
		assertThat(queues.<List<Integer>>json("$.queues[?(@.name == '" + QUEUE + "')].deadLetterMessages"))
			.singleElement()
			.satisfies(depth -> assertThat(depth).isPositive());

		store.insert(order);
		ApiResponse redrive = operator().post("/actuator/queues/" + QUEUE,
				"{\"messageIds\":\"" + dead.get("messageId") + "\"}");

		assertThat(redrive.status()).as(redrive.toString()).isEqualTo(200);
		assertThat(redrive.<String>json("$.messages[0].result")).isEqualTo("MOVED");
		ReceivedMail.awaitOne(TEAM, order.orderNumber());
		assertThat(deadLetter(order.orderId())).isNull();
	}

	@Test
	void theQueuesAreForOperatorsOnly() {
		ApiResponse anonymous = ApiClient.on(port).get("/actuator/queues");
		ApiResponse customer = ApiClient.on(port).as("user-1", "acme", "orders").get("/actuator/queues/" + QUEUE);
		ApiResponse redrive = ApiClient.on(port).as("user-1", "acme", "orders").post("/actuator/queues/" + QUEUE, "{}");

		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.<String>json("$.code")).isEqualTo("UNAUTHORIZED");
		for (ApiResponse refused : List.of(customer, redrive)) {
			assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.<String>json("$.code")).isEqualTo("INSUFFICIENT_SCOPE");
		}
	}

	private ApiClient operator() {
		return ApiClient.on(port).as("operator", null, "ops");
	}

	/** The dead-lettered message about this order, or null. */
	private Map<String, Object> deadLetter(String orderId) {
		ApiResponse response = operator().get("/actuator/queues/" + QUEUE + "?limit=100");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		List<Map<String, Object>> found = response.json("$.messages[?(@.body =~ /.*" + orderId + ".*/)]");
		return found.isEmpty() ? null : found.getFirst();
	}

}
