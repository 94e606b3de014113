package com.digitalbank.agent.model.config;

import java.time.Duration;

import com.digitalbank.agent.model.ModelProperties;
import com.digitalbank.agent.model.ModelProvider;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatModel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The configured provider against a WireMock server playing the OpenAI chat-completions
 * wire format: OpenAI itself, and Gemini through its OpenAI-compatible endpoint.
 */
class OpenAiCompatibleProviderTests {

	private static final String COMPLETION = """
			{"id": "chatcmpl-1", "object": "chat.completion", "created": 1767225600, "model": "%s",
			 "choices": [{"index": 0, "finish_reason": "stop", "logprobs": null,
			              "message": {"role": "assistant", "content": "Plan: one task.", "refusal": null}}],
			 "usage": {"prompt_tokens": 12, "completion_tokens": 4, "total_tokens": 16}}""";

	private final WireMockServer provider = new WireMockServer(options().dynamicPort());

	@BeforeEach
	void start() {
		provider.start();
	}

	@AfterEach
	void stop() {
		provider.stop();
	}

	@Test
	void anOpenAiModelSpeaksChatCompletionsWithTheKeyAsBearer() {
		stub("/v1/chat/completions", "gpt-test");
		ChatModel model = ModelConfiguration
			.providerModel(properties(ModelProvider.OPENAI, provider.baseUrl() + "/v1", "gpt-test"));

		String answer = ChatClient.create(model).prompt().system("You plan.").user("Plan a library").call().content();

		assertThat(answer).isEqualTo("Plan: one task.");
		provider.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
			.withHeader("Authorization", equalTo("Bearer test-key"))
			.withRequestBody(matchingJsonPath("$.model", equalTo("gpt-test")))
			.withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")))
			.withRequestBody(matchingJsonPath("$.messages[1].content", equalTo("Plan a library"))));
	}

	@Test
	void geminiIsReachedThroughItsOpenAiCompatibleEndpoint() {
		stub("/v1beta/openai/chat/completions", "gemini-2.5-flash");
		ChatModel model = ModelConfiguration
			.providerModel(properties(ModelProvider.GEMINI, provider.baseUrl() + "/v1beta/openai", null));

		String answer = ChatClient.create(model).prompt().user("Plan a site").call().content();

		assertThat(answer).isEqualTo("Plan: one task.");
		provider.verify(postRequestedFor(urlEqualTo("/v1beta/openai/chat/completions"))
			.withRequestBody(matchingJsonPath("$.model", equalTo(ModelProvider.GEMINI.defaultModel()))));
	}

	@Test
	void aProviderWithoutAKeyRefusesToStart() {
		ModelProperties noKey = new ModelProperties(ModelProvider.GEMINI, null, " ", null, 0.2, Duration.ofSeconds(5),
				0);

		assertThatIllegalStateException().isThrownBy(() -> ModelConfiguration.providerModel(noKey))
			.withMessageContaining("agent.model.api-key");
		assertThat(noKey.toString()).contains("apiKey=(none)");
	}

	private void stub(String path, String model) {
		provider.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(COMPLETION.formatted(model))));
	}

	private static ModelProperties properties(ModelProvider provider, String baseUrl, String model) {
		return new ModelProperties(provider, baseUrl, "test-key", model, 0.2, Duration.ofSeconds(10), 0);
	}

}
