package com.digitalbank.agent.assistant;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.digitalbank.agent.AgentIntegrationTest;
import com.digitalbank.platform.test.ApiResponse;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.ai.mcp.SyncMcpToolCallback;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The assistant's tools over MCP (Streamable HTTP at /mcp) with Spring AI's MCP client:
 * behind the same JWT, reading as the token's user, preparing a transfer that only the
 * user can confirm. An agent that tries to confirm by itself finds no tool for it, and
 * the confirm endpoint answers it only with the user's own token.
 */
@AgentIntegrationTest
class McpServerIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	WireMockServer services;

	McpSyncClient client;

	ChatApi user;

	@BeforeEach
	void connect() {
		ServiceAnswers.stubAll(services);
		user = ChatApi.newUser(port);
		client = client("Bearer " + user.token);
		client.initialize();
	}

	@AfterEach
	void close() {
		client.closeGracefully();
	}

	@Test
	void servesTheReadingAndPrepareToolsAndNoConfirmTool() {
		List<String> tools = client.listTools().tools().stream().map(McpSchema.Tool::name).toList();

		assertThat(tools).contains("balances", "recentMovements", "beneficiaries", "searchCatalog", "quoteBenefits",
				"purchaseStatus", "prepareTransfer", "preparePurchase");
		assertThat(tools).noneMatch(name -> name.toLowerCase().contains("confirm"));
	}

	@Test
	void readsTheBalanceAsTheTokensUserThroughSpringAisToolCallbacks() {
		ToolCallback balances = callback("balances");

		String result = balances.call("{}");

		assertThat(result).contains("••••3310").contains("15000");
		assertThat(result).as("the full account number never reaches a model").doesNotContain("4455663310");
		services.verify(getRequestedFor(urlEqualTo("/v1/accounts")).withHeader("Authorization",
				equalTo("Bearer " + user.token)));
	}

	@Test
	void aPreparedTransferWaitsForTheUserAndAnAgentCannotConfirmIt() {
		McpSchema.CallToolResult prepared = client
			.callTool(new McpSchema.CallToolRequest("prepareTransfer", Map.of("alias", "mama", "amount", 500)));
		String text = ((McpSchema.TextContent) prepared.content().getFirst()).text();
		assertThat(text).contains("AWAITING_CONFIRMATION").contains("María López").contains("••••2001");
		String sessionId = between(text, "\"sessionId\":\"", "\"");
		String confirmPath = between(text, "\"confirmPath\":\"", "\"");

		// The agent tries to confirm by itself: there is no such tool ...
		McpSchema.CallToolResult byTool = callOrError("confirmTransfer", Map.of("sessionId", sessionId));
		// ... and the confirm endpoint refuses the agent without the user's token, or
		// with another user's.
		ApiResponse anonymous = com.digitalbank.platform.test.ApiClient.on(port).post(confirmPath, "");
		ApiResponse otherUser = ChatApi.newUser(port).client.post(confirmPath, "");

		assertThat(byTool == null || Boolean.TRUE.equals(byTool.isError())).isTrue();
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(otherUser.status()).isEqualTo(404);
		services.verify(0, postRequestedFor(urlEqualTo("/v1/transfers")));

		ApiResponse confirmed = user.client.post(confirmPath, "");
		assertThat(confirmed.<String>json("$.reply")).contains("María López");
		services.verify(1, postRequestedFor(urlEqualTo("/v1/transfers")));
	}

	@Test
	void refusesAnMcpClientWithoutAToken() {
		McpSyncClient anonymous = client(null);

		assertThatThrownBy(anonymous::initialize).isNotNull();
		anonymous.close();
	}

	private McpSchema.CallToolResult callOrError(String tool, Map<String, Object> arguments) {
		try {
			return client.callTool(new McpSchema.CallToolRequest(tool, arguments));
		}
		catch (RuntimeException unknownTool) {
			return null;
		}
	}

	/**
	 * Spring AI's callback for one MCP tool, as SyncMcpToolCallbackProvider builds them;
	 * not the provider itself, nor the callback's definition: they load Spring AI's JSON
	 * schema generator, which needs victools 5 while the platform pins 4.38.
	 */
	private ToolCallback callback(String name) {
		McpSchema.Tool tool = client.listTools()
			.tools()
			.stream()
			.filter(candidate -> candidate.name().equals(name))
			.findFirst()
			.orElseThrow();
		return SyncMcpToolCallback.builder().mcpClient(client).tool(tool).build();
	}

	private McpSyncClient client(String authorization) {
		HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
			.builder("http://localhost:" + port)
			.endpoint("/mcp")
			.httpRequestCustomizer((HttpRequest.Builder request, String method, URI uri, String body,
					io.modelcontextprotocol.common.McpTransportContext context) -> {
				if (authorization != null) {
					request.header("Authorization", authorization);
				}
			})
			.build();
		return McpClient.sync(transport)
			.requestTimeout(Duration.ofSeconds(10))
			.initializationTimeout(Duration.ofSeconds(10))
			.build();
	}

	private static String between(String text, String start, String end) {
		int from = text.indexOf(start) + start.length();
		return text.substring(from, text.indexOf(end, from));
	}

}
