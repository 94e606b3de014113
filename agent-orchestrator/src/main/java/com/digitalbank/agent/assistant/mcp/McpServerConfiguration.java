package com.digitalbank.agent.assistant.mcp;

import java.time.Clock;

import com.digitalbank.agent.assistant.BankServices;
import com.digitalbank.agent.assistant.ChatManagement;
import com.digitalbank.agent.assistant.ToolSchemas;
import org.springframework.ai.tool.ToolCallbackProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The assistant's tools as the MCP server's tools (Streamable HTTP at {@code /mcp},
 * behind the same JWT and scope as the API; see {@code spring.ai.mcp.server} in
 * application.yml).
 */
@Configuration(proxyBeanMethods = false)
class McpServerConfiguration {

	@Bean
	ToolCallbackProvider assistantMcpTools(BankServices services, ChatManagement chats, Clock clock) {
		return ToolCallbackProvider.from(ToolSchemas.callbacks(new McpAssistantTools(services, chats, clock)));
	}

}
