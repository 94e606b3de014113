package com.digitalbank.agent.model;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which model answers. Locally the key comes from the environment
 * ({@code AGENT_MODEL_API_KEY}); in AWS from SSM Parameter Store under the {@code aws}
 * profile. The key is never logged: {@link #toString()} leaves it out.
 *
 * @param provider the offline model unless configured otherwise
 * @param baseUrl the provider's default when blank
 * @param apiKey needed by every provider but the offline one
 * @param model the provider's default when blank
 * @param temperature low: the agents want reproducible plans and code
 * @param timeout one call, including the provider's retries
 * @param maxRetries retries of a failed call by the provider's client
 */
@Validated
@ConfigurationProperties("agent.model")
public record ModelProperties(@NotNull @DefaultValue("offline") ModelProvider provider, String baseUrl, String apiKey,
		String model, @DefaultValue("0.2") @DecimalMin("0") @DecimalMax("2") double temperature,
		@DefaultValue("120s") Duration timeout, @DefaultValue("2") @Min(0) @Max(10) int maxRetries) {

	public String effectiveBaseUrl() {
		return baseUrl == null || baseUrl.isBlank() ? provider.defaultBaseUrl() : baseUrl;
	}

	public String effectiveModel() {
		return model == null || model.isBlank() ? provider.defaultModel() : model;
	}

	public boolean hasApiKey() {
		return apiKey != null && !apiKey.isBlank();
	}

	@Override
	public String toString() {
		return "ModelProperties[provider=" + provider + ", baseUrl=" + effectiveBaseUrl() + ", model="
				+ effectiveModel() + ", apiKey=" + (hasApiKey() ? "(set)" : "(none)") + "]";
	}

}
