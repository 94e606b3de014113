package com.digitalbank.agent.assistant;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assistant's turn with a provider model: a WireMock server plays OpenAI's
 * chat-completions wire format (Gemini's OpenAI endpoint speaks the same), asks for the
 * prepareTransfer tool, receives its result and answers. The transfer is prepared, never
 * executed; a model that never stops asking for tools is cut off.
 */
class ProviderToolCallingTests {

	private static final String TOOL_CALL = """
			{"id": "chatcmpl-1", "object": "chat.completion", "created": 1767225600, "model": "gpt-test",
			 "choices": [{"index": 0, "finish_reason": "tool_calls", "logprobs": null,
			   "message": {"role": "assistant", "content": null, "refusal": null,
			     "tool_calls": [{"id": "call_1", "type": "function",
			       "function": {"name": "prepareTransfer", "arguments": "{\\"alias\\": \\"mi mamá\\", \\"amount\\": 500}"}}]}}],
			 "usage": {"prompt_tokens": 120, "completion_tokens": 20, "total_tokens": 140}}""";

	private static final String ANSWER = """
			{"id": "chatcmpl-2", "object": "chat.completion", "created": 1767225601, "model": "gpt-test",
			 "choices": [{"index": 0, "finish_reason": "stop", "logprobs": null,
			   "message": {"role": "assistant", "content": "Preparé la transferencia a María.", "refusal": null}}],
			 "usage": {"prompt_tokens": 180, "completion_tokens": 10, "total_tokens": 190}}""";

	private final WireMockServer provider = new WireMockServer(options().dynamicPort());

	private final FakeBankServices services = new FakeBankServices();

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

	@BeforeEach
	void start() {
		provider.start();
	}

	@AfterEach
	void stop() {
		provider.stop();
	}

	@Test
	void aProviderCallsTheToolAndTheTurnEndsWithAPreparedTransferThatMovedNothing() {
		provider.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(notContaining("\"role\":\"tool\""))
			.willReturn(json(TOOL_CALL)));
		provider.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(containing("\"role\":\"tool\""))
			.willReturn(json(ANSWER)));

		ModelTurn.Result result = new ModelTurn(model(), services, 4, clock).run(List.of(), "mándale 500 a mi mamá",
				true);

		assertThat(result.content()).isEqualTo("Preparé la transferencia a María.");
		assertThat(result.calls().used()).containsExactly("prepareTransfer");
		PendingAction pending = result.calls().prepared().orElseThrow();
		assertThat(pending.payee()).isEqualTo("María López");
		assertThat(pending.amount()).isEqualByComparingTo("500.00");
		assertThat(pending.targetId()).isEqualTo("acc-2001");
		assertThat(pending.sourceAccountId()).isEqualTo("acc-1001");
		assertThat(services.moneyCalls).isEmpty();
		provider.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
			.withRequestBody(matchingJsonPath("$.tools[?(@.function.name == 'prepareTransfer')]"))
			.withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system"))));
		provider.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
			.withRequestBody(matchingJsonPath("$.messages[?(@.role == 'tool')].tool_call_id", containing("call_1")))
			.withRequestBody(containing("AWAITING_CONFIRMATION")));
	}

	@Test
	void aModelThatKeepsCallingToolsIsCutOff() {
		provider.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(json(TOOL_CALL)));

		ModelTurn.Result result = new ModelTurn(model(), services, 3, clock).run(List.of(), "loop", true);

		assertThat(result.content()).isEqualTo(ToolLoopCap.STOPPED);
		provider.verify(4, postRequestedFor(urlEqualTo("/v1/chat/completions")));
		assertThat(services.moneyCalls).isEmpty();
	}

	private ChatModel model() {
		return OpenAiChatModel.builder()
			.options(OpenAiChatOptions.builder()
				.baseUrl(provider.baseUrl() + "/v1")
				.apiKey("test-key")
				.model("gpt-test")
				.maxRetries(0)
				.build())
			.build();
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}

}
