package com.digitalbank.agent.model;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.model.tool.ToolCallingChatOptions;

import static org.assertj.core.api.Assertions.assertThat;

class OfflineChatModelTests {

	@Test
	void answersWithTheFirstSkillThatKnowsThePrompt() {
		OfflineChatModel model = new OfflineChatModel(List.of(prompt -> Optional.empty(),
				prompt -> Optional.of("echo: " + prompt.getUserMessage().getText()), prompt -> Optional.of("never")));

		assertThat(ChatClient.create(model).prompt().user("hola").call().content()).isEqualTo("echo: hola");
	}

	@Test
	void saysSoWhenNoSkillKnowsThePrompt() {
		assertThat(new OfflineChatModel(List.of()).call("anything")).isEqualTo(OfflineChatModel.UNANSWERED);
	}

	@Test
	void itsOptionsCarryToolsSoChatClientKeepsThem() {
		assertThat(new OfflineChatModel(List.of()).getOptions()).isInstanceOf(ToolCallingChatOptions.class)
			.extracting(options -> options.getModel())
			.isEqualTo(OfflineChatModel.MODEL);
	}

}
