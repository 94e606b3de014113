package com.digitalbank.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import com.digitalbank.platform.test.WithLocalStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Turns per second and per-turn latency of the banking assistant with the offline model
 * against the real local services (banking, crm and the marketplace from their jars, full
 * JIT), 16 users chatting at once, each turn waited for before the next. The mix: the
 * balance, recent movements, a catalog search, a transfer of 1.00 to "mi mamá" stated and
 * confirmed. Not a test: {@code ./mvnw -pl system-tests -am verify -Pbenchmark
 * -Dtest=AssistantBenchmark}; the table goes to
 * {@code system-tests/target/benchmark/assistant.md}.
 */
@WithLocalStack
class AssistantBenchmark {

	private static final int USERS = 16;

	private static final List<String> CONVERSATION = List.of("¿cuánto tengo?", "what are my recent movements?",
			"busca audífonos", "mándale 1 a mi mamá", "sí");

	private static final List<String> FULL_JIT = List.of("-Xms256m", "-Xmx512m", "-XX:+UseSerialGC");

	private static final List<ServiceProcess> services = new ArrayList<>();

	private static ServiceProcess agent;

	@BeforeAll
	static void services() {
		ServiceProcess banking = started(ServiceProcess.start("banking-service", ServiceProcess.freePort(), FULL_JIT));
		ServiceProcess crm = started(ServiceProcess.start("crm-service", ServiceProcess.freePort(), FULL_JIT));
		ServiceProcess marketplace = started(ServiceProcess.start("marketplace-service", ServiceProcess.freePort(),
				FULL_JIT, "--marketplace.banking-url=" + banking.baseUrl()));
		agent = started(ServiceProcess.start("agent-orchestrator", ServiceProcess.freePort(), FULL_JIT,
				"--spring.http.serviceclient.banking.base-url=" + banking.baseUrl(),
				"--spring.http.serviceclient.crm.base-url=" + crm.baseUrl(),
				"--spring.http.serviceclient.marketplace.base-url=" + marketplace.baseUrl()));
	}

	@AfterAll
	static void stop() {
		ServiceProcess.stopAll(services);
	}

	@Test
	void turnsPerSecondWithTheOfflineModelAgainstTheLocalServices() throws Exception {
		run(20);
		List<String> rows = new ArrayList<>();
		for (int round = 1; round <= 2; round++) {
			rows.add(round + " | " + run(60));
		}
		String table = "| round | turns | turns/s | p50 | p99 |\n| --- | --- | --- | --- | --- |\n"
				+ String.join("\n", rows.stream().map(row -> "| " + row + " |").toList()) + "\n";
		System.out.println(table);
		try {
			Path out = Path.of("target", "benchmark", "assistant.md");
			Files.createDirectories(out.getParent());
			Files.writeString(out, table);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Each user goes through the conversation until it made {@code turnsEach} turns. */
	private static String run(int turnsEach) throws Exception {
		long[] millis = new long[USERS * turnsEach];
		List<Callable<Void>> users = new ArrayList<>();
		for (int user = 0; user < USERS; user++) {
			int first = user * turnsEach;
			users.add(() -> {
				ApiClient chat = ApiClient.on(agent.port()).as("user-123");
				String session = chat.send("POST", "/v1/chat/sessions", null, null).json("$.sessionId");
				for (int turn = 0; turn < turnsEach; turn++) {
					String text = CONVERSATION.get(turn % CONVERSATION.size());
					long start = System.nanoTime();
					ApiResponse answer = chat.post("/v1/chat/sessions/" + session + "/messages",
							"{\"text\":\"" + text + "\"}");
					millis[first + turn] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
					if (answer.status() != 200) {
						throw new IllegalStateException(text + ": " + answer.body());
					}
				}
				return null;
			});
		}
		long start = System.nanoTime();
		try (ExecutorService pool = Executors.newFixedThreadPool(USERS)) {
			for (Future<Void> user : pool.invokeAll(users)) {
				user.get();
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		Arrays.sort(millis);
		String row = String.format(Locale.ROOT, "%d | %.1f | %d ms | %d ms", millis.length, millis.length / seconds,
				millis[millis.length / 2], millis[(int) Math.ceil(0.99 * millis.length) - 1]);
		System.out.println("assistant: " + row);
		return row;
	}

	private static ServiceProcess started(ServiceProcess service) {
		services.add(service);
		return service;
	}

}
