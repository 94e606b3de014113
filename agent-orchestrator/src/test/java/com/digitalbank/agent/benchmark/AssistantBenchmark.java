package com.digitalbank.agent.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.digitalbank.agent.AgentIntegrationTest;
import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import com.digitalbank.platform.test.TestTokens;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test (run it with {@code ./mvnw -pl agent-orchestrator -am test -Pbenchmark
 * -Dtest=AssistantBenchmark}): chat turns per second and p50/p99 per turn with the
 * offline model, sessions in DynamoDB Local, and banking, crm and the marketplace played
 * by the in-process WireMock stubs (answering at once: this measures the assistant, not
 * them). 16 users at a time, each turn one of: balance, movements, a transfer prepared,
 * its "sí", a catalog search.
 */
@AgentIntegrationTest
class AssistantBenchmark {

	private static final String[] TURNS = { "¿cuánto tengo?", "mis movimientos", "mándale 500 a mi mamá", "sí",
			"busca audífonos" };

	@LocalServerPort
	int port;

	@Autowired
	WireMockServer services;

	@Test
	void turnsPerSecondAndLatencyWithTheOfflineModel() throws Exception {
		com.digitalbank.agent.assistant.ServiceAnswersAccess.stubAll(services);
		run(16, 40);
		long started = System.nanoTime();
		List<Long> nanos = run(16, 200);
		double seconds = (System.nanoTime() - started) / 1e9;
		Collections.sort(nanos);
		System.out.printf("BENCH assistant: %d turns in %.1f s = %.0f turns/s; p50 %.1f ms, p99 %.1f ms (16 users)%n",
				nanos.size(), seconds, nanos.size() / seconds, nanos.get(nanos.size() / 2) / 1e6,
				nanos.get((int) (nanos.size() * 0.99)) / 1e6);
	}

	private List<Long> run(int users, int turnsEach) throws Exception {
		List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
		try (ExecutorService pool = Executors.newFixedThreadPool(users)) {
			List<Future<?>> futures = new ArrayList<>();
			for (int u = 0; u < users; u++) {
				futures.add(pool.submit(() -> user(turnsEach, nanos)));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		return new ArrayList<>(nanos);
	}

	private void user(int turns, List<Long> nanos) {
		String user = "bench-" + java.util.UUID.randomUUID();
		ApiClient client = ApiClient.on(port)
			.header("Authorization", "Bearer " + TestTokens.withScopes(user, null, "agent banking crm marketplace"));
		String session = client.post("/v1/chat/sessions", "").json("$.sessionId");
		for (int i = 0; i < turns; i++) {
			long start = System.nanoTime();
			ApiResponse reply = client.post("/v1/chat/sessions/" + session + "/messages",
					"{\"text\":\"" + TURNS[i % TURNS.length] + "\"}");
			nanos.add(System.nanoTime() - start);
			assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		}
	}

}
