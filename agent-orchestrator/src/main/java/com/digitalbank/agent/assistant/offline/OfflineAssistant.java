package com.digitalbank.agent.assistant.offline;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.digitalbank.agent.assistant.AssistantPrompt;
import com.digitalbank.agent.assistant.Intent;
import com.digitalbank.agent.assistant.IntentReader;
import com.digitalbank.agent.assistant.Understanding;
import com.digitalbank.agent.model.OfflineSkill;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The offline model as the banking assistant. A turn is two calls, as with a provider:
 * the user's message becomes a tool call (by {@link IntentReader}); the tool's answer
 * becomes the reply (by {@link ReplyWriter}). It answers only prompts whose system
 * message is the assistant's.
 */
@Component
@Order(5)
class OfflineAssistant implements OfflineSkill {

	private final JsonMapper json;

	private final ReplyWriter writer;

	OfflineAssistant(JsonMapper json) {
		this.json = json;
		this.writer = new ReplyWriter(json);
	}

	@Override
	public Optional<String> answer(Prompt prompt) {
		return reply(prompt).map(AssistantMessage::getText);
	}

	@Override
	public Optional<AssistantMessage> reply(Prompt prompt) {
		if (prompt.getSystemMessage() == null || prompt.getSystemMessage().getText() == null
				|| !prompt.getSystemMessage().getText().startsWith(AssistantPrompt.ROLE)) {
			return Optional.empty();
		}
		List<Message> messages = prompt.getInstructions();
		boolean spanish = lastUserText(messages).map(IntentReader::read).map(Understanding::spanish).orElse(true);
		if (messages.getLast() instanceof ToolResponseMessage answers) {
			String text = answers.getResponses()
				.stream()
				.map(answer -> writer.write(answer.name(), answer.responseData(), spanish))
				.reduce((a, b) -> a + "\n" + b)
				.orElse("");
			return Optional.of(new AssistantMessage(text));
		}
		return Optional.of(lastUserText(messages).map(this::toolCallFor).orElseGet(() -> help(true)));
	}

	private AssistantMessage toolCallFor(String text) {
		Understanding understanding = IntentReader.read(text);
		ObjectNode arguments = json.createObjectNode();
		String tool = switch (understanding.intent()) {
			case BALANCE -> "balances";
			case MOVEMENTS -> "recentMovements";
			case BENEFICIARIES -> "beneficiaries";
			case TRANSFER -> {
				arguments.put("alias", understanding.slot("alias"));
				arguments.put("amount",
						understanding.slot("amount") == null ? null : new BigDecimal(understanding.slot("amount")));
				yield "prepareTransfer";
			}
			case CATALOG -> {
				arguments.put("query", understanding.slot("product"));
				yield "searchCatalog";
			}
			case BENEFITS -> {
				arguments.put("product", understanding.slot("product"));
				yield "quoteBenefits";
			}
			case PURCHASE -> {
				arguments.put("product", understanding.slot("product"));
				arguments.put("quantity", Integer.parseInt(understanding.slot("quantity")));
				yield "preparePurchase";
			}
			case PURCHASE_STATUS -> {
				arguments.put("purchaseId", understanding.slot("purchaseId"));
				yield "purchaseStatus";
			}
			case CONFIRM, CANCEL, HELP -> null;
		};
		if (tool == null) {
			return understanding.intent() == Intent.HELP ? help(understanding.spanish())
					: new AssistantMessage(understanding.spanish() ? "No tengo nada pendiente por confirmar."
							: "There is nothing waiting for your confirmation.");
		}
		AssistantMessage.ToolCall call = new AssistantMessage.ToolCall(UUID.randomUUID().toString(), "function", tool,
				json.writeValueAsString(arguments));
		return AssistantMessage.builder().content("").toolCalls(List.of(call)).build();
	}

	private static AssistantMessage help(boolean spanish) {
		return new AssistantMessage(spanish ? """
				Puedo decirte tu saldo y tus movimientos, mandar dinero a tus beneficiarios ("mándale 500 a mi mamá"), \
				buscar productos, ver sus beneficios, comprarlos y seguir tus compras.""" : """
				I can tell you your balance and recent movements, send money to your beneficiaries ("send 500 to my \
				mom"), search products, show their benefits, buy them and track your purchases.""");
	}

	private static Optional<String> lastUserText(List<Message> messages) {
		for (int i = messages.size() - 1; i >= 0; i--) {
			if (messages.get(i) instanceof UserMessage user) {
				return Optional.ofNullable(user.getText());
			}
		}
		return Optional.empty();
	}

}
