package com.digitalbank.agent.assistant;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The banking assistant's settings.
 *
 * @param table chat sessions; environments name it with their own suffix
 * @param sessionTtl how long an idle session lives (DynamoDB's TTL removes it)
 * @param maxToolCalls tool calls one turn may make before the loop is cut short
 * @param historyMessages earlier messages sent to the model with each turn
 */
@Validated
@ConfigurationProperties("agent.assistant")
public record AssistantProperties(@NotBlank @DefaultValue("agent-chat-sessions") String table,
		@DefaultValue("24h") Duration sessionTtl, @DefaultValue("4") @Min(1) @Max(20) int maxToolCalls,
		@DefaultValue("10") @Min(0) @Max(100) int historyMessages) {
}
