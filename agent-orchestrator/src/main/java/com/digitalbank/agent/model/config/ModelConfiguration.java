package com.digitalbank.agent.model.config;

import com.digitalbank.agent.model.ModelProperties;
import com.digitalbank.agent.model.ModelProvider;
import com.digitalbank.agent.model.OfflineChatModel;
import com.digitalbank.agent.model.OfflineSkill;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link ChatModel} of the service: the offline model, or an OpenAI-compatible
 * client when {@code agent.model.provider} names a provider. Spring AI's starters are not
 * used: the OpenAI starter refuses to start without a key, even when the offline model is
 * the one configured.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ModelProperties.class)
class ModelConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ChatModel chatModel(ModelProperties properties, ObjectProvider<OfflineSkill> skills) {
		if (properties.provider() == ModelProvider.OFFLINE) {
			return new OfflineChatModel(skills.orderedStream().toList());
		}
		return providerModel(properties);
	}

	static ChatModel providerModel(ModelProperties properties) {
		if (!properties.hasApiKey()) {
			throw new IllegalStateException("agent.model.provider is " + properties.provider()
					+ " but agent.model.api-key is not set (AGENT_MODEL_API_KEY locally, SSM in AWS)");
		}
		OpenAiChatOptions options = OpenAiChatOptions.builder()
			.baseUrl(properties.effectiveBaseUrl())
			.apiKey(properties.apiKey())
			.model(properties.effectiveModel())
			.temperature(properties.temperature())
			.timeout(properties.timeout())
			.maxRetries(properties.maxRetries())
			.build();
		return OpenAiChatModel.builder().options(options).build();
	}

}
