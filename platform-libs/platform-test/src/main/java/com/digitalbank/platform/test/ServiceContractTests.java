package com.digitalbank.platform.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.digitalbank.localstack.DevIdentityProvider;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service promises operators and clients, checked against the real local
 * stack: probes, metrics, OpenAPI with Swagger UI, AsyncAPI, problem JSON for a call
 * without a token or without the service's scope, and its queues listed to operators
 * only. A service's test extends it and names one protected path.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServiceContractTests {

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	protected int port;

	/** A path of this service that needs a token. */
	protected abstract String protectedPath();

	@Test
	void reportsLiveAndReady() throws Exception {
		assertThat(get("/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
		assertThat(get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
	}

	@Test
	void servesPrometheusMetrics() throws Exception {
		HttpResponse<String> response = get("/actuator/prometheus");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void servesOpenApiWithBearerSchemeAndSwaggerUi() throws Exception {
		HttpResponse<String> docs = get("/v3/api-docs");

		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("\"openapi\"").contains("bearer-jwt");
		assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
	}

	@Test
	void openApiDocumentValidatesWithSuccessAndProblemResponsesOnEveryOperation() throws Exception {
		HttpResponse<String> docs = get("/v3/api-docs");

		assertThat(docs.statusCode()).isEqualTo(200);
		OpenApiDocument document = OpenApiDocument.validated(docs.body());
		document.assertEveryOperationDocumentsSuccessAndProblems();
		document.assertEveryResponseObjectDeclaresRequired();
	}

	@Test
	void servesItsAsyncApiDocumentAndPageWithoutATokenAndLinksThemFromOpenApi() throws Exception {
		HttpResponse<String> asyncApi = get("/asyncapi");

		assertThat(asyncApi.statusCode()).isEqualTo(200);
		assertThat(asyncApi.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		AsyncApiDocument.validated(asyncApi.body());
		assertThat(get("/v3/api-docs").body()).contains("](/asyncapi)");
		HttpResponse<String> page = get("/asyncapi.html");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("asyncapi-ui/index.js");
		assertThat(get("/asyncapi-ui/index.js").statusCode()).isEqualTo(200);
		assertThat(get("/asyncapi-ui/page.js").statusCode()).isEqualTo(200);
	}

	@Test
	void answersProblemJsonWithoutAToken() throws Exception {
		HttpResponse<String> response = get(protectedPath());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"code\":\"UNAUTHORIZED\"").contains("\"correlationId\"");
	}

	@Test
	void refusesATokenWithoutTheServicesScope() {
		ApiResponse response = ApiClient.on(port).as("user-123", "acme", "openid").get(protectedPath());

		assertThat(response.status()).as(response.toString()).isEqualTo(403);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.<String>json("$.code")).isEqualTo("INSUFFICIENT_SCOPE");
	}

	@Test
	void listsItsQueuesToOperatorsOnly() throws Exception {
		ApiResponse user = ApiClient.on(port)
			.as("user-123", "acme", DevIdentityProvider.DEFAULT_SCOPES)
			.get("/actuator/queues");
		ApiResponse operator = ApiClient.on(port).as("operator", null, "ops").get("/actuator/queues");

		assertThat(get("/actuator/queues").statusCode()).isEqualTo(401);
		assertThat(user.status()).as(user.toString()).isEqualTo(403);
		assertThat(user.<String>json("$.code")).isEqualTo("INSUFFICIENT_SCOPE");
		assertThat(operator.status()).as(operator.toString()).isEqualTo(200);
		assertThat(operator.<List<?>>json("$.queues")).isNotNull();
	}

	protected HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
