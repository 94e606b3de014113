package com.digitalbank.banking.markets.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.digitalbank.platform.test.PlatformWebMvcTest;
import com.digitalbank.banking.markets.MarketAlert;
import com.digitalbank.banking.markets.MarketAlertProcessing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.digitalbank.platform.test.Callers.user;
import static com.digitalbank.banking.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

@PlatformWebMvcTest(MarketAlertController.class)
class MarketAlertControllerTests {

	private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	MarketAlertProcessing alerts;

	@Test
	void listsTheSymbolsAlertsNewestFirst() {
		given(alerts.recent("AMZN", FROM, 5))
			.willReturn(List.of(alert("49.99", "2026-11-23T10:00:03Z", MarketAlert.Direction.BELOW_LOW, "50"),
					alert("151.20", "2026-11-23T10:00:00Z", MarketAlert.Direction.ABOVE_HIGH, "150")));

		assertThat(get("/v1/market/alerts?symbol=AMZN&from=" + FROM + "&limit=5")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[
					  {"symbol":"AMZN","price":49.99,"timestamp":"2026-11-23T10:00:03Z","direction":"BELOW_LOW",
					   "threshold":50},
					  {"symbol":"AMZN","price":151.20,"timestamp":"2026-11-23T10:00:00Z","direction":"ABOVE_HIGH",
					   "threshold":150}]}
					""");
	}

	@Test
	void asksForTwentyFromAnyTimeByDefault() {
		given(alerts.recent("TSLA", null, 20)).willReturn(List.of());

		assertThat(get("/v1/market/alerts?symbol=TSLA")).hasStatusOk().bodyText().isEqualTo("{\"items\":[]}");
	}

	@Test
	void refusesABadSymbolOrLimitAndAMissingSymbol() {
		MvcTestResult lowercase = get("/v1/market/alerts?symbol=amzn");

		assertProblem(lowercase, HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
		assertThat(lowercase).bodyJson().extractingPath("$.errors[0].field").isEqualTo("symbol");
		assertProblem(get("/v1/market/alerts?symbol=AMZN&limit=101"), HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
		assertProblem(get("/v1/market/alerts"), HttpStatus.BAD_REQUEST, "MISSING_PARAMETER");
		verifyNoInteractions(alerts);
	}

	@Test
	void requiresACaller() {
		assertProblem(mvc.get().uri("/v1/market/alerts?symbol=AMZN").exchange(), HttpStatus.UNAUTHORIZED,
				"UNAUTHORIZED");
		verifyNoInteractions(alerts);
	}

	private MvcTestResult get(String uri) {
		return mvc.get().uri(uri).with(user("user-1")).exchange();
	}

	private static MarketAlert alert(String price, String at, MarketAlert.Direction direction, String threshold) {
		return new MarketAlert("AMZN", new BigDecimal(price), Instant.parse(at), direction, new BigDecimal(threshold));
	}

}
