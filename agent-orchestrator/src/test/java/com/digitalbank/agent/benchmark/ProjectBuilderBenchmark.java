package com.digitalbank.agent.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import com.digitalbank.agent.AgentIntegrationTest;
import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test (surefire skips {@code *Benchmark}; run it with
 * {@code ./mvnw -pl agent-orchestrator -am test -Pbenchmark}): the builder with the
 * offline model on the local stack in this JVM. (1) Create to READY per template, one
 * project at a time: 2 warm-up runs, then the median and the worst of 5. (2) Throughput:
 * 40 projects (templates in turn) with 10 in flight at any time, as projects per minute.
 */
@AgentIntegrationTest
class ProjectBuilderBenchmark {

	private static final Map<String, String> TEMPLATES = Map.of("spring-boot-api",
			"Entity Book with fields title, author, year:int. Entity Member with name, email. "
					+ "Endpoints: GET /books/search, POST /loans/{id}/return.",
			"static-website", "A bakery. Pages: Home, Menu, About, Contact. Tagline: Fresh bread.", "cli-tool",
			"A todo tool. Commands: add, list, done, remove.");

	private static final Duration POLL = Duration.ofMillis(50);

	@LocalServerPort
	int port;

	@Test
	void createToReadyPerTemplateAndProjectsPerMinuteWithTenInFlight() throws Exception {
		ApiClient client = ApiClient.on(port).as("bench-" + UUID.randomUUID(), "acme", "agent");
		for (String template : List.of("spring-boot-api", "static-website", "cli-tool")) {
			List<Long> millis = new ArrayList<>();
			for (int run = 0; run < 7; run++) {
				long took = build(client, template, "Bench " + template + " " + run);
				if (run >= 2) {
					millis.add(took);
				}
			}
			millis.sort(Long::compare);
			System.out.printf("BENCH %s create->READY: median %d ms, worst %d ms (5 runs)%n", template, millis.get(2),
					millis.getLast());
		}
		throughput(client, 40, 10);
	}

	private void throughput(ApiClient client, int projects, int inFlight) throws Exception {
		Semaphore slots = new Semaphore(inFlight);
		List<String> templates = List.of("spring-boot-api", "static-website", "cli-tool");
		List<Future<Long>> done = new ArrayList<>();
		long started = System.nanoTime();
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < projects; i++) {
				slots.acquire();
				String template = templates.get(i % templates.size());
				String name = "Load " + i;
				done.add(executor.submit(() -> {
					try {
						return build(client, template, name);
					}
					finally {
						slots.release();
					}
				}));
			}
		}
		double minutes = (System.nanoTime() - started) / 60e9;
		List<Long> latencies = new ArrayList<>();
		for (Future<Long> future : done) {
			latencies.add(future.get());
		}
		latencies.sort(Long::compare);
		System.out.printf(
				"BENCH throughput: %d projects, %d in flight: %.1f projects/minute, create->READY "
						+ "median %d ms, p90 %d ms%n",
				projects, inFlight, projects / minutes, latencies.get(latencies.size() / 2),
				latencies.get(latencies.size() * 9 / 10));
	}

	/** Creates a project and answers the milliseconds until it is READY. */
	private static long build(ApiClient client, String template, String name) throws InterruptedException {
		long started = System.nanoTime();
		ApiResponse created = client.post("/v1/projects", "{\"name\":\"" + name + "\",\"templateId\":\"" + template
				+ "\",\"requirements\":\"" + TEMPLATES.get(template) + "\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(202);
		String id = created.json("$.projectId");
		while (true) {
			String status = client.get("/v1/projects/" + id).json("$.status");
			if ("READY".equals(status)) {
				return (System.nanoTime() - started) / 1_000_000;
			}
			assertThat(status).isNotEqualTo("FAILED");
			Thread.sleep(POLL);
		}
	}

}
