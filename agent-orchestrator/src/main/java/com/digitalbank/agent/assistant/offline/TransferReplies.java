package com.digitalbank.agent.assistant.offline;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** Words a prepared transfer's answer: a question back when it is not ready. */
final class TransferReplies {

	private TransferReplies() {
	}

	static String write(JsonNode view, boolean es) {
		String alias = view.path("alias").asString("");
		String payee = view.path("payee").asString("");
		return switch (view.path("status").asString("")) {
			case "AWAITING_CONFIRMATION" -> "";
			case "NEEDS_AMOUNT" ->
				es ? "¿Cuánto le quieres mandar a " + alias + "?" : "How much do you want to send to " + alias + "?";
			case "NEEDS_BENEFICIARY" -> es ? "¿A quién se lo mando? Dime el nombre o alias de tu beneficiario."
					: "Who should I send it to? Tell me your beneficiary's name or alias.";
			case "AMBIGUOUS" -> es
					? "Encontré a varias personas para «" + alias + "»: " + names(view)
							+ ". ¿A quién se lo mando? Repíteme la transferencia con su nombre."
					: "I found several people for \"" + alias + "\": " + names(view)
							+ ". Who do you mean? Ask again with their name.";
			case "NOT_FOUND" -> es ? "No encontré a «" + alias + "» entre tus beneficiarios. ¿A quién te refieres?"
					: "I couldn't find \"" + alias + "\" among your beneficiaries. Who do you mean?";
			case "OTHER_BANK" -> es
					? payee + " tiene su cuenta en otro banco (CLABE " + view.path("maskedAccount").asString("")
							+ "): desde aquí no puedo transferirle; usa una transferencia SPEI."
					: payee + " banks elsewhere (CLABE " + view.path("maskedAccount").asString("")
							+ "): I can't send money there from here; use a SPEI transfer.";
			case "NO_ACCOUNT" -> es ? "No tienes una cuenta en pesos desde la cual transferir."
					: "You have no MXN account to send from.";
			default -> es ? "Ese monto no es válido." : "That amount is not valid.";
		};
	}

	private static String names(JsonNode view) {
		List<String> names = new ArrayList<>();
		view.path("candidates").forEach(name -> names.add(name.asString()));
		return String.join(", ", names);
	}

}
