package com.digitalbank.agent.assistant.persistence;

import com.digitalbank.agent.assistant.AssistantProperties;
import com.digitalbank.platform.resources.KeyAttribute;
import com.digitalbank.platform.resources.TableDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sessions table: created under {@code local} and in tests, checked elsewhere. */
@Configuration(proxyBeanMethods = false)
class ChatTables {

	@Bean
	TableDeclaration chatSessionsTable(AssistantProperties properties) {
		return TableDeclaration.of(properties.table(), KeyAttribute.string(ChatSessionStore.KEY))
			.withTimeToLive(ChatSessionStore.TTL);
	}

}
