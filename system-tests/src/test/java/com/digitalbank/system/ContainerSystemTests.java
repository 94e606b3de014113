package com.digitalbank.system;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform as {@code docker-compose.yml} runs it: the local stack's image and the
 * five services' images, built from the jars this build packaged, on the host network
 * with the ports of {@code ./dev up}. A purchase crosses banking and the marketplace, an
 * order gets its invoice, all through the containers. It needs a Docker engine with
 * Compose v2; where none answers (as on the machines that build this project)
 * Testcontainers skips it and JUnit reports why ("Docker is not available").
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerSystemTests {

	private static final File ROOT = new File(System.getProperty("system-tests.root", ".."));

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Container
	static final ComposeContainer platform = new ComposeContainer(new File(ROOT, "docker-compose.yml")).withBuild(true)
		.withPull(false)
		.waitingFor("local-stack", Wait.forHealthcheck())
		.waitingFor("banking-service", Wait.forHealthcheck())
		.waitingFor("marketplace-service", Wait.forHealthcheck())
		.waitingFor("crm-service", Wait.forHealthcheck())
		.waitingFor("order-service", Wait.forHealthcheck())
		.waitingFor("agent-orchestrator", Wait.forHealthcheck())
		.withStartupTimeout(Duration.ofMinutes(6));

	@Test
	void aPurchaseIsConfirmedAcrossTheBankingAndMarketplaceContainers() throws Exception {
		String token = token("user-123", "acme");

		Answer started = send("POST", "http://127.0.0.1:8082/v1/purchases", token,
				"{\"productId\":\"prd-libreria-sol-01\",\"quantity\":1,\"accountId\":\"acc-123-checking\"}");

		assertThat(started.status()).as(started.body()).isEqualTo(202);
		String purchase = JsonPath.read(started.body(), "$.purchaseId");
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			Answer read = send("GET", "http://127.0.0.1:8082/v1/purchases/" + purchase, token, null);
			assertThat(JsonPath.<String>read(read.body(), "$.status")).isEqualTo("CONFIRMED");
		});
		Answer payment = send("GET", "http://127.0.0.1:8081/v1/accounts/acc-123-checking/transactions?limit=5", token,
				null);
		assertThat(JsonPath.<List<String>>read(payment.body(), "$.items[*].description"))
			.anySatisfy(description -> assertThat(description).contains("Purchase"));
	}

	@Test
	void anOrderIsRecordedAndInvoicedInTheOrderContainer() throws Exception {
		String token = token("user-123", "acme");
		String customer = "containers-" + UUID.randomUUID() + "@example.com";

		Answer accepted = send("POST", "http://127.0.0.1:8084/v1.0/orders", token, "{\"customer\":{\"name\":\"Ana\","
				+ "\"email\":\"" + customer + "\"},\"items\":[{\"productId\":\"SKU-1\",\"name\":\"Headphones\","
				+ "\"quantity\":1,\"unitPrice\":1499.00}],\"billingAddress\":{\"line1\":\"Av. Reforma 222\","
				+ "\"city\":\"Ciudad de México\",\"state\":\"CDMX\",\"postalCode\":\"06600\",\"country\":\"MX\"},"
				+ "\"payment\":{\"method\":\"CARD\",\"cardLast4\":\"4242\"}}");

		assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
		String order = JsonPath.read(accepted.body(), "$.orderId");
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			Answer read = send("GET", "http://127.0.0.1:8084/v1.0/orders/" + order, token, null);
			assertThat(read.status()).isEqualTo(200);
			assertThat(JsonPath.<Boolean>read(read.body(), "$.invoiceIssued")).isTrue();
		});
		await().atMost(Duration.ofSeconds(60))
			.until(() -> send("GET", "http://127.0.0.1:9999/mail", null, null).body().contains(customer));
	}

	/**
	 * A user's token from the local stack container's dev issuer, as {@code ./dev token}.
	 */
	private static String token(String user, String tenant) throws Exception {
		Answer answer = send("GET", "http://127.0.0.1:9999/token?user=" + user + "&tenant=" + tenant, null, null);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return JsonPath.read(answer.body(), "$.access_token");
	}

	private static Answer send(String method, String url, String token, String json)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(10))
			.method(method,
					json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(), response.body());
	}

	private record Answer(int status, String body) {
	}

}
