package com.digitalbank.orders;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;

import com.digitalbank.client.orders.ApiClient;
import com.digitalbank.client.orders.ApiException;
import com.digitalbank.client.orders.api.OrdersApi;
import com.digitalbank.client.orders.model.AddressRequest;
import com.digitalbank.client.orders.model.CreateOrderRequest;
import com.digitalbank.client.orders.model.CustomerRequest;
import com.digitalbank.client.orders.model.ItemRequest;
import com.digitalbank.client.orders.model.OrderAcceptedResponse;
import com.digitalbank.client.orders.model.OrderResponse;
import com.digitalbank.client.orders.model.UpdateOrderRequest;
import com.digitalbank.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Java client the build generates from the committed OpenAPI snapshot (see
 * {@link OpenApiSnapshotIntegrationTests}) creates an order over real HTTP, reads it and
 * changes its status with {@code If-Match}, all through typed requests and responses.
 */
@OrderIntegrationTest
class GeneratedClientIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void createGetAndUpdateAnOrderThroughTheGeneratedClient() throws Exception {
		String bearer = TestTokens.bearer("user-1", "t-" + UUID.randomUUID());
		ApiClient client = new ApiClient().setScheme("http")
			.setHost("localhost")
			.setPort(port)
			.setBasePath("")
			.setRequestInterceptor((request) -> request.header("Authorization", bearer));
		OrdersApi orders = new OrdersApi(client);
		CreateOrderRequest request = new CreateOrderRequest()
			.customer(new CustomerRequest().name("Ana López").email("ana@example.com"))
			.addItemsItem(new ItemRequest().productId("SKU-1001")
				.name("Wireless headphones")
				.quantity(2)
				.unitPrice(new BigDecimal("1499.00")))
			.billingAddress(new AddressRequest().line1("Av. Reforma 222")
				.city("Ciudad de México")
				.postalCode("06600")
				.country("MX"));

		var accepted = orders.createOrderWithHttpInfo(request, UUID.randomUUID().toString());
		assertThat(accepted.getStatusCode()).isEqualTo(202);
		OrderAcceptedResponse order = accepted.getData();
		assertThat(order.getStatus()).isEqualTo(OrderAcceptedResponse.StatusEnum.PENDING);

		OrderResponse read = await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(200))
			.ignoreException(ApiException.class)
			.until(() -> orders.getOrder(order.getOrderId()), (found) -> true);
		assertThat(read.getOrderNumber()).isEqualTo(order.getOrderNumber());
		assertThat(read.getItems()).singleElement().satisfies((item) -> assertThat(item.getQuantity()).isEqualTo(2));
		assertThat(read.getSubtotal()).isEqualByComparingTo("2998.00");

		OrderResponse confirmed = orders.updateOrder(order.getOrderId(),
				new UpdateOrderRequest().status(UpdateOrderRequest.StatusEnum.CONFIRMED),
				"\"" + read.getVersion() + "\"");
		assertThat(confirmed.getStatus()).isEqualTo(OrderResponse.StatusEnum.CONFIRMED);
		assertThat(confirmed.getVersion()).isGreaterThan(read.getVersion());
	}

}
