package com.digitalbank.orders.order.web;

import java.time.Instant;
import java.util.List;

import com.digitalbank.orders.TestOrders;
import com.digitalbank.orders.order.Order;
import com.digitalbank.orders.order.OrderManagement;
import com.digitalbank.orders.order.OrderPage;
import com.digitalbank.orders.order.OrderQuery;
import com.digitalbank.orders.order.OrderStatus;
import com.digitalbank.orders.order.OrderSummary;
import com.digitalbank.orders.order.TenantNotFoundException;
import com.digitalbank.platform.dynamodb.InvalidCursorException;
import com.digitalbank.platform.test.PlatformWebMvcTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/**
 * {@link TenantOrdersController} as a controller: query parameters bound and bounded, the
 * caller's tenant passed beside the one in the path, the page mapped, refusals as problem
 * JSON. {@link OrderManagement} is a mock.
 */
@PlatformWebMvcTest(TenantOrdersController.class)
@ActiveProfiles("test")
class TenantOrdersControllerTests {

	private static final String TENANT = "acme";

	private static final String PATH = "/v1.0/tenants/{tenantId}/orders";

	private final Order order = TestOrders.order(TestOrders.pricing(), TENANT, Instant.parse("2026-11-23T10:00:00Z"),
			3);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	OrderManagement orders;

	@Test
	void listsAPageWithTheQueryAsSentAndWhereTheNextStarts() {
		OrderQuery query = new OrderQuery(5, "cursor-1", OrderStatus.SHIPPED, Instant.parse("2026-11-01T00:00:00Z"),
				Instant.parse("2026-11-30T23:59:59Z"));
		given(orders.list(TENANT, TENANT, query))
			.willReturn(new OrderPage(List.of(OrderSummary.of(order)), true, "cursor-2"));

		MvcTestResult page = mvc.get()
			.uri(PATH + "?pageSize=5&startAt=cursor-1&status=SHIPPED&from=2026-11-01T00:00:00Z&to=2026-11-30T23:59:59Z",
					TENANT)
			.with(caller())
			.exchange();

		assertThat(page).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
		assertThat(page).bodyJson().extractingPath("$.items[*].orderId").asArray().containsExactly(order.orderId());
		assertThat(page).bodyJson().extractingPath("$.items[0].itemCount").isEqualTo(order.itemCount());
		assertThat(page).bodyJson().extractingPath("$.pageSize").isEqualTo(5);
		assertThat(page).bodyJson().extractingPath("$.moreAvailable").isEqualTo(true);
		assertThat(page).bodyJson().extractingPath("$.startAt").isEqualTo("cursor-2");
	}

	@Test
	void listsTwentyNewestByDefaultAndOmitsStartAtOnTheLastPage() {
		given(orders.list(TENANT, TENANT, new OrderQuery(OrderQuery.DEFAULT_PAGE_SIZE, null, null, null, null)))
			.willReturn(new OrderPage(List.of(), false, null));

		MvcTestResult page = mvc.get().uri(PATH, TENANT).with(caller()).exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyJson().isStrictlyEqualTo("{\"items\":[],\"pageSize\":20,\"moreAvailable\":false}");
	}

	@Test
	void refusesAPageSizeOutsideOneToAHundredAndListsNothing() {
		for (String pageSize : List.of("0", "101")) {
			MvcTestResult refused = mvc.get().uri(PATH + "?pageSize=" + pageSize, TENANT).with(caller()).exchange();

			assertProblem(refused, HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
			assertThat(refused).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("pageSize");
		}
		then(orders).shouldHaveNoInteractions();
	}

	@Test
	void refusesParametersOfTheWrongType() {
		assertProblem(mvc.get().uri(PATH + "?status=SENT", TENANT).with(caller()).exchange(), HttpStatus.BAD_REQUEST,
				"INVALID_PARAMETER");
		assertProblem(mvc.get().uri(PATH + "?from=yesterday", TENANT).with(caller()).exchange(), HttpStatus.BAD_REQUEST,
				"INVALID_PARAMETER");
		then(orders).shouldHaveNoInteractions();
	}

	@Test
	void answersAStartAtItDidNotHandOutWith400() {
		given(orders.list(any(), any(), any())).willThrow(new InvalidCursorException());

		assertProblem(mvc.get().uri(PATH + "?startAt=forged", TENANT).with(caller()).exchange(), HttpStatus.BAD_REQUEST,
				"INVALID_CURSOR");
	}

	@Test
	void answersAnotherTenantWith404() {
		given(orders.list(TENANT, "globex", new OrderQuery(OrderQuery.DEFAULT_PAGE_SIZE, null, null, null, null)))
			.willThrow(new TenantNotFoundException("globex"));

		assertProblem(mvc.get().uri(PATH, "globex").with(caller()).exchange(), HttpStatus.NOT_FOUND,
				"TENANT_NOT_FOUND");
	}

	private void assertProblem(MvcTestResult result, HttpStatus status, String code) {
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(status.value());
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo(code);
	}

	private static JwtRequestPostProcessor caller() {
		return jwt().jwt(token -> token.subject("user-1").claim("tenant_id", TENANT).claim("scope", "orders"));
	}

}
