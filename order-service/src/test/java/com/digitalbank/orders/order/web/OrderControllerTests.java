package com.digitalbank.orders.order.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.digitalbank.orders.OrderRequests;
import com.digitalbank.orders.TestOrders;
import com.digitalbank.orders.order.InvalidStatusTransitionException;
import com.digitalbank.orders.order.NewOrder;
import com.digitalbank.orders.order.Order;
import com.digitalbank.orders.order.OrderManagement;
import com.digitalbank.orders.order.OrderNotFoundException;
import com.digitalbank.orders.order.OrderStatus;
import com.digitalbank.orders.order.OrderVersionMismatchException;
import com.digitalbank.orders.order.PaymentDetails;
import com.digitalbank.orders.order.PaymentMethod;
import com.digitalbank.orders.order.UnknownCampaignException;
import com.digitalbank.platform.test.PlatformWebMvcTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/**
 * {@link OrderController} as a controller: routes, validation, the caller taken from the
 * token, the answer's status, headers and body, and each refusal as problem JSON. What
 * the use cases decide is {@link OrderManagement}'s business, tested against the local
 * stack; here it is a mock.
 */
@PlatformWebMvcTest(OrderController.class)
@ActiveProfiles("test")
class OrderControllerTests {

	private static final String TENANT = "acme";

	private static final String USER = "user-1";

	private final Order order = TestOrders.order(TestOrders.pricing(), TENANT, Instant.parse("2026-11-23T10:00:00Z"),
			2);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	OrderManagement orders;

	@Test
	void acceptsAnOrderForTheCallersTenantAndPointsToWhereItWillBe() {
		given(orders.submit(eq(TENANT), eq(USER), any())).willReturn(order);

		MvcTestResult accepted = post(OrderRequests.json(OrderRequests.valid("ana@example.com")));

		assertThat(accepted).hasStatus(HttpStatus.ACCEPTED)
			.hasHeader(HttpHeaders.LOCATION, "/v1.0/orders/" + order.orderId());
		assertThat(accepted).bodyJson()
			.isStrictlyEqualTo("{\"orderId\":\"" + order.orderId() + "\",\"orderNumber\":\"" + order.orderNumber()
					+ "\",\"status\":\"PENDING\"}");
		ArgumentCaptor<NewOrder> submitted = ArgumentCaptor.forClass(NewOrder.class);
		verify(orders).submit(eq(TENANT), eq(USER), submitted.capture());
		NewOrder request = submitted.getValue();
		assertThat(request.customer().email()).isEqualTo("ana@example.com");
		assertThat(request.items())
			.containsExactly(new NewOrder.Line("SKU-1001", "Wireless headphones", 2, new BigDecimal("1499.00")));
		assertThat(request.campaignCode()).isEqualTo("WELCOME10");
		assertThat(request.billingAddress().city()).isEqualTo("Ciudad de México");
		// The client names a payment; only the provider can say it is paid.
		assertThat(request.payment().method()).isEqualTo(PaymentMethod.CARD);
		assertThat(request.payment().status()).isEqualTo(PaymentDetails.PaymentStatus.PENDING);
	}

	@Test
	void refusesAnInvalidOrderWithAProblemNamingEveryBadFieldAndSubmitsNothing() {
		MvcTestResult refused = mvc.post()
			.uri("/v1.0/orders")
			.with(caller())
			.header("X-Correlation-Id", "c-web-1")
			.contentType(MediaType.APPLICATION_JSON)
			.content(OrderRequests.json("not-an-email", order -> {
				order.put("items", List.of());
				order.remove("billingAddress");
			}))
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader("X-Correlation-Id", "c-web-1");
		assertThat(refused).bodyJson().extractingPath("$.code").isEqualTo("VALIDATION_FAILED");
		assertThat(refused).bodyJson().extractingPath("$.status").isEqualTo(400);
		assertThat(refused).bodyJson().extractingPath("$.correlationId").isEqualTo("c-web-1");
		assertThat(refused).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("items", "customer.email", "billingAddress");
		then(orders).shouldHaveNoInteractions();
	}

	@Test
	void refusesABodyThatIsNotJsonOfAnOrder() {
		MvcTestResult refused = post("{\"items\": [");

		assertProblem(refused, HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST");
		then(orders).shouldHaveNoInteractions();
	}

	@Test
	void answersAnUnknownCampaignWith422() {
		given(orders.submit(eq(TENANT), eq(USER), any())).willThrow(new UnknownCampaignException("NOPE"));

		assertProblem(post(OrderRequests.json("ana@example.com", order -> order.put("campaignCode", "NOPE"))),
				HttpStatus.UNPROCESSABLE_CONTENT, "UNKNOWN_CAMPAIGN");
	}

	@Test
	void refusesACallerWithoutAToken() {
		MvcTestResult refused = mvc.post()
			.uri("/v1.0/orders")
			.contentType(MediaType.APPLICATION_JSON)
			.content(OrderRequests.json(OrderRequests.valid("ana@example.com")))
			.exchange();

		assertProblem(refused, HttpStatus.UNAUTHORIZED, "UNAUTHORIZED");
		then(orders).shouldHaveNoInteractions();
	}

	@Test
	void showsAnOrderWithItsVersionAsETag() {
		given(orders.find(TENANT, order.orderId())).willReturn(order);

		MvcTestResult found = mvc.get().uri("/v1.0/orders/{id}", order.orderId()).with(caller()).exchange();

		assertThat(found).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"1\"");
		assertThat(found).bodyJson().extractingPath("$.orderId").isEqualTo(order.orderId());
		assertThat(found).bodyJson().extractingPath("$.tenantId").isEqualTo(TENANT);
		assertThat(found).bodyJson().extractingPath("$.status").isEqualTo("PENDING");
		assertThat(found).bodyJson().extractingPath("$.items").asArray().hasSize(2);
		// Money keeps its two decimals on the wire.
		assertThat(found).bodyText().contains("\"total\":" + order.total().toPlainString());
		assertThat(found).bodyJson().extractingPath("$.invoiceIssued").isEqualTo(false);
		assertThat(found).bodyJson().extractingPath("$.version").isEqualTo(1);
	}

	@Test
	void answersAMissingOrderWith404() {
		given(orders.find(TENANT, "missing")).willThrow(new OrderNotFoundException("missing"));

		assertProblem(mvc.get().uri("/v1.0/orders/missing").with(caller()).exchange(), HttpStatus.NOT_FOUND,
				"ORDER_NOT_FOUND");
	}

	@ParameterizedTest(name = "If-Match [{0}] expects version {1}")
	@CsvSource(delimiter = '|', nullValues = "none",
			value = { "\"1\"|1", "W/\"1\"|1", "*|none", "none|none", "not-a-version|-1" })
	void changesTheStatusAtTheVersionOfIfMatchAndAnswersTheNewETag(String ifMatch, Long expectedVersion) {
		Order confirmed = order.movedTo(OrderStatus.CONFIRMED, USER, Instant.parse("2026-11-23T11:00:00Z"));
		given(orders.changeStatus(TENANT, USER, order.orderId(), OrderStatus.CONFIRMED, expectedVersion))
			.willReturn(confirmed);

		MvcTestResult changed = put(ifMatch, "{\"status\":\"CONFIRMED\"}");

		assertThat(changed).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"2\"");
		assertThat(changed).bodyJson().extractingPath("$.status").isEqualTo("CONFIRMED");
		assertThat(changed).bodyJson()
			.extractingPath("$.statusHistory[*].status")
			.asArray()
			.containsExactly("PENDING", "CONFIRMED");
	}

	@Test
	void answersAStaleIfMatchWith412() {
		given(orders.changeStatus(TENANT, USER, order.orderId(), OrderStatus.CONFIRMED, 1L))
			.willThrow(new OrderVersionMismatchException(order.orderId(), 1));

		assertProblem(put("\"1\"", "{\"status\":\"CONFIRMED\"}"), HttpStatus.PRECONDITION_FAILED,
				"PRECONDITION_FAILED");
	}

	@Test
	void answersAMoveTheStatusFlowForbidsWith409() {
		given(orders.changeStatus(TENANT, USER, order.orderId(), OrderStatus.CANCELLED, null))
			.willThrow(new InvalidStatusTransitionException(OrderStatus.SHIPPED, OrderStatus.CANCELLED));

		assertProblem(put(null, "{\"status\":\"CANCELLED\"}"), HttpStatus.CONFLICT, "INVALID_STATUS_TRANSITION");
	}

	@Test
	void refusesAStatusThatDoesNotExistOrIsMissing() {
		assertProblem(put(null, "{\"status\":\"SENT\"}"), HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST");
		MvcTestResult missing = put(null, "{}");
		assertProblem(missing, HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
		assertThat(missing).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("status");
		then(orders).should(never()).changeStatus(anyString(), anyString(), anyString(), any(), any());
	}

	private MvcTestResult post(String body) {
		return mvc.post()
			.uri("/v1.0/orders")
			.with(caller())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private MvcTestResult put(String ifMatch, String body) {
		MockMvcTester.MockMvcRequestBuilder request = mvc.put()
			.uri("/v1.0/orders/{id}", order.orderId())
			.with(caller())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
		if (ifMatch != null) {
			request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		return request.exchange();
	}

	private void assertProblem(MvcTestResult result, HttpStatus status, String code) {
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(status.value());
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo(code);
	}

	private static JwtRequestPostProcessor caller() {
		return jwt().jwt(token -> token.subject(USER).claim("tenant_id", TENANT).claim("scope", "orders"));
	}

}
