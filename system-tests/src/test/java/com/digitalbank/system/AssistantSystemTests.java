package com.digitalbank.system;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import com.digitalbank.platform.test.WithLocalStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The banking assistant against the real services, each from its jar in its own JVM on
 * one local stack: banking, crm and the marketplace with their demo data, and the
 * agent-orchestrator calling them with the user's token. What its own tests play with
 * stubs happens here for real: the balance it states is banking's, "mi mamá" is crm's
 * beneficiary, and a confirmed transfer moves money once at banking.
 */
@WithLocalStack
class AssistantSystemTests {

	private static final String USER = "user-123";

	private static final List<ServiceProcess> services = new ArrayList<>();

	private static ServiceProcess banking;

	private static ServiceProcess agent;

	@BeforeAll
	static void services() {
		// They only need each other's addresses to start, so they start together.
		banking = started(ServiceProcess.launch("banking-service", ServiceProcess.freePort()));
		ServiceProcess crm = started(ServiceProcess.launch("crm-service", ServiceProcess.freePort()));
		ServiceProcess marketplace = started(ServiceProcess.launch("marketplace-service", ServiceProcess.freePort(),
				"--marketplace.banking-url=" + banking.baseUrl()));
		agent = started(ServiceProcess.launch("agent-orchestrator", ServiceProcess.freePort(),
				"--spring.http.serviceclient.banking.base-url=" + banking.baseUrl(),
				"--spring.http.serviceclient.crm.base-url=" + crm.baseUrl(),
				"--spring.http.serviceclient.marketplace.base-url=" + marketplace.baseUrl()));
		services.forEach(ServiceProcess::ready);
	}

	@AfterAll
	static void stop() {
		ServiceProcess.stopAll(services);
	}

	@Test
	void aTransferByAliasIsStatedThenMovesMoneyOnceOnTheUsersYes() {
		ApiClient chat = ApiClient.on(agent.port()).as(USER);
		String session = chat.send("POST", "/v1/chat/sessions", null, null).json("$.sessionId");
		BigDecimal before = checkingBalance();

		ApiResponse balance = say(chat, session, "¿cuánto tengo?");
		ApiResponse prepared = say(chat, session, "mándale 500 a mi mamá");
		BigDecimal whilePending = checkingBalance();
		ApiResponse strangersYes = ApiClient.on(agent.port())
			.as("user-456")
			.post("/v1/chat/sessions/" + session + "/messages", "{\"text\":\"sí\"}");
		ApiResponse confirmed = say(chat, session, "sí");
		ApiResponse again = say(chat, session, "sí");

		assertThat(balance.<String>json("$.reply")).contains(String.format(Locale.US, "%,.2f", before));
		assertThat(prepared.<String>json("$.reply")).contains("500.00")
			.contains("María Guadalupe Hernández Ruiz")
			.contains("¿Confirmas?");
		assertThat(prepared.<String>json("$.pendingConfirmation.actionId")).isNotBlank();
		assertThat(whilePending).as("nothing moves before the yes").isEqualByComparingTo(before);
		assertThat(strangersYes.status()).as("another user's session").isEqualTo(404);
		assertThat(confirmed.<String>json("$.reply")).startsWith("Listo");
		assertThat(again.<String>json("$.reply")).contains("nada pendiente");
		assertThat(checkingBalance()).as("moved once").isEqualByComparingTo(before.subtract(new BigDecimal("500.00")));
	}

	@Test
	void itReadsTheMovementsAndTheCatalogFromTheServices() {
		ApiClient chat = ApiClient.on(agent.port()).as(USER);
		String session = chat.send("POST", "/v1/chat/sessions", null, null).json("$.sessionId");

		ApiResponse movements = say(chat, session, "what are my recent movements?");
		ApiResponse catalog = say(chat, session, "busca audífonos");

		assertThat(movements.<List<String>>json("$.actions")).contains("recentMovements");
		List<String> ledger = ApiClient.on(banking.port())
			.as(USER)
			.get("/v1/transactions?limit=5")
			.json("$.items[*].description");
		// Read a moment later, so the newest entry may differ (the user index is
		// eventually
		// consistent): the reply shows banking's entries, not that it saw the very last
		// one.
		assertThat(movements.<String>json("$.reply")).as("banking's latest entries")
			.containsAnyOf(ledger.toArray(String[]::new));
		assertThat(catalog.<String>json("$.reply")).contains("Audífonos inalámbricos");
	}

	private static ApiResponse say(ApiClient chat, String session, String text) {
		ApiResponse answer = chat.post("/v1/chat/sessions/" + session + "/messages", "{\"text\":\"" + text + "\"}");
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer;
	}

	private static BigDecimal checkingBalance() {
		ApiResponse balance = ApiClient.on(banking.port()).as(USER).get("/v1/accounts/acc-123-checking/balance");
		assertThat(balance.status()).as(balance.body()).isEqualTo(200);
		return new BigDecimal(balance.<Object>json("$.balance").toString());
	}

	private static ServiceProcess started(ServiceProcess service) {
		services.add(service);
		return service;
	}

}
