package com.digitalbank.agent.assistant;

import java.util.List;

import com.digitalbank.agent.AgentIntegrationTest;
import com.digitalbank.platform.test.ApiResponse;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assistant end to end through its API with the offline model, against stubs of
 * banking, crm and the marketplace in their real contracts: what it reads, what it asks
 * back, and that no money moves without the user's own confirmation, once.
 */
@AgentIntegrationTest
class AssistantIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	WireMockServer services;

	@BeforeEach
	void stubServices() {
		ServiceAnswers.stubAll(services);
	}

	@Test
	void answersTheBalanceCallingBankingWithTheUsersOwnToken() {
		ChatApi user = ChatApi.newUser(port);
		String session = user.open();

		ApiResponse spanish = user.say(session, "¿cuánto tengo?");
		ApiResponse english = user.say(session, "what's my balance");

		assertThat(spanish.status()).as(spanish.body()).isEqualTo(200);
		assertThat(spanish.<String>json("$.reply")).contains("Tu saldo es $20,000.50 MXN")
			.contains("CHECKING ••••3310");
		assertThat(english.<String>json("$.reply")).contains("Your balance is $20,000.50 MXN");
		assertThat(spanish.<List<String>>json("$.actions")).containsExactly("balances");
		services.verify(2, getRequestedFor(urlEqualTo("/v1/accounts")).withHeader("Authorization",
				equalTo("Bearer " + user.token)));
	}

	@Test
	void listsRecentMovementsAcrossAccounts() {
		ChatApi user = ChatApi.newUser(port);

		ApiResponse movements = user.say(user.open(), "mis últimos movimientos");

		assertThat(movements.<String>json("$.reply")).contains("Renta")
			.contains("Nómina")
			.contains("−$250.00")
			.contains("(••••3310)");
		services.verify(getRequestedFor(urlPathEqualTo("/v1/transactions")));
	}

	@Test
	void preparesATransferAndMovesMoneyOnlyOnTheUsersYesAndOnlyOnce() {
		ChatApi user = ChatApi.newUser(port);
		String session = user.open();

		ApiResponse prepared = user.say(session, "mándale 500 a mi mamá");

		assertThat(prepared.<String>json("$.pendingConfirmation.payee")).isEqualTo("María López");
		assertThat(prepared.<String>json("$.pendingConfirmation.maskedAccount")).isEqualTo("••••2001");
		assertThat(prepared.<Double>json("$.pendingConfirmation.amount")).isEqualTo(500.0);
		assertThat(prepared.<String>json("$.reply")).contains("$500.00 MXN")
			.contains("María López")
			.contains("••••2001")
			.contains("desde tu cuenta ••••3310")
			.contains("¿Confirmas?");
		services.verify(0, postRequestedFor(urlEqualTo("/v1/transfers")));
		String actionId = prepared.json("$.pendingConfirmation.actionId");

		ApiResponse done = user.say(session, "sí");
		ApiResponse again = user.say(session, "sí");
		ApiResponse byEndpoint = user.confirm(session, actionId);

		assertThat(done.<String>json("$.reply")).startsWith("Listo: transferí $500.00 MXN a María López");
		assertThat(again.<String>json("$.reply")).contains("No tengo nada pendiente");
		assertThat(byEndpoint.<List<String>>json("$.actions")).isEmpty();
		services.verify(1,
				postRequestedFor(urlEqualTo("/v1/transfers"))
					.withHeader("Idempotency-Key", equalTo("assistant-" + actionId))
					.withHeader("Authorization", equalTo("Bearer " + user.token))
					.withRequestBody(matchingJsonPath("$.fromAccountId", equalTo("acc-1001")))
					.withRequestBody(matchingJsonPath("$.toAccountId", equalTo("acc-2001")))
					.withRequestBody(containing("\"amount\":500.00")));
		ApiResponse history = user.client.get("/v1/chat/sessions/" + session);
		assertThat(history.<List<String>>json("$.messages[*].role")).startsWith("user", "assistant", "user",
				"assistant");
		assertNothingPending(history);
	}

	@Test
	void aNoOrAnyOtherMessageCancelsThePendingTransfer() {
		ChatApi user = ChatApi.newUser(port);
		String session = user.open();

		user.say(session, "transfer $1,200.50 to my mom");
		ApiResponse no = user.say(session, "no");
		user.say(session, "send 300 to mom");
		ApiResponse other = user.say(session, "what's my balance");

		assertThat(no.<String>json("$.reply")).isEqualTo("Cancelled: no money moved.");
		assertNothingPending(other);
		assertThat(user.say(session, "yes").<String>json("$.reply")).contains("nothing waiting");
		services.verify(0, postRequestedFor(urlEqualTo("/v1/transfers")));
	}

	@Test
	void anotherUsersSessionIsNotFoundAndTheirConfirmationMovesNothing() {
		ChatApi owner = ChatApi.newUser(port);
		ChatApi intruder = ChatApi.newUser(port);
		String session = owner.open();
		String actionId = owner.say(session, "mándale 500 a mi mamá").json("$.pendingConfirmation.actionId");

		assertProblem(intruder.client.get("/v1/chat/sessions/" + session), 404, "CHAT_SESSION_NOT_FOUND");
		assertProblem(intruder.say(session, "sí"), 404, "CHAT_SESSION_NOT_FOUND");
		assertProblem(intruder.confirm(session, actionId), 404, "CHAT_SESSION_NOT_FOUND");

		services.verify(0, postRequestedFor(urlEqualTo("/v1/transfers")));
		assertThat(owner.client.get("/v1/chat/sessions/" + session).<String>json("$.pendingConfirmation.actionId"))
			.isEqualTo(actionId);
	}

	@Test
	void asksBackWhenTheAliasIsAmbiguousOrUnknownOrTheAmountMissing() {
		ChatApi user = ChatApi.newUser(port);
		String session = user.open();

		ApiResponse ambiguous = user.say(session, "pásale mil pesos a mi hermano");
		ApiResponse unknown = user.say(session, "mándale 200 a mi tío");
		ApiResponse noAmount = user.say(session, "mándale a mi mamá");

		assertThat(ambiguous.<String>json("$.reply")).contains("Pedro López").contains("Pablo López");
		assertThat(unknown.<String>json("$.reply")).contains("No encontré a «tio»");
		assertThat(noAmount.<String>json("$.reply")).contains("¿Cuánto le quieres mandar a mama?");
		List.of(ambiguous, unknown, noAmount).forEach(AssistantIntegrationTests::assertNothingPending);
	}

	@Test
	void saysABeneficiaryAtAnotherBankCannotBePaidFromHere() {
		ChatApi user = ChatApi.newUser(port);

		ApiResponse reply = user.say(user.open(), "mándale 500 a mi primo");

		assertThat(reply.<String>json("$.reply")).contains("Luis Pérez").contains("otro banco").contains("••••6789");
		assertNothingPending(reply);
	}

	@Test
	void saysSomethingUsefulWhenAServiceIsDown() {
		services
			.stubFor(get(urlEqualTo("/v1/accounts")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		ChatApi user = ChatApi.newUser(port);

		ApiResponse reply = user.say(user.open(), "¿cuánto tengo?");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.<String>json("$.reply")).contains("no puedo comunicarme con banking");
	}

	@Test
	void searchesQuotesAndBuysOnlyOnConfirmation() {
		ChatApi user = ChatApi.newUser(port);
		String session = user.open();

		ApiResponse found = user.say(session, "busca audífonos");
		ApiResponse benefits = user.say(session, "beneficios de los audífonos");
		ApiResponse prepared = user.say(session, "compra unos audífonos");
		services.verify(0, postRequestedFor(urlEqualTo("/v1/purchases")));
		ApiResponse bought = user.say(session, "sí");

		assertThat(found.<String>json("$.reply")).contains("Audífonos Bluetooth — $899.00 MXN");
		assertThat(benefits.<String>json("$.reply")).contains("cashback $44.95 MXN (la mejor)").contains("89 puntos");
		assertThat(prepared.<String>json("$.pendingConfirmation.kind")).isEqualTo("PURCHASE");
		assertThat(bought.<String>json("$.reply")).contains("pu-1");
		services.verify(1, postRequestedFor(urlEqualTo("/v1/purchases")).withHeader("Idempotency-Key",
				equalTo("assistant-" + prepared.json("$.pendingConfirmation.actionId"))));
	}

	@Test
	void refusesAnEmptyMessage() {
		ChatApi user = ChatApi.newUser(port);

		assertProblem(user.say(user.open(), " "), 400, "VALIDATION_FAILED");
	}

	private static void assertNothingPending(ApiResponse response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).doesNotContain("actionId");
	}

	private static void assertProblem(ApiResponse response, int status, String code) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.<String>json("$.code")).isEqualTo(code);
	}

}
