package com.digitalbank.agent.assistant.offline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Words a tool's answer for the user, in Spanish or English. A tool that failed answers
 * with its error's message instead of JSON: a service that is down gets a useful
 * sentence, never a stack trace.
 */
final class ReplyWriter {

	private final JsonMapper json;

	ReplyWriter(JsonMapper json) {
		this.json = json;
	}

	String write(String tool, String data, boolean es) {
		JsonNode node;
		try {
			node = json.readTree(data);
		}
		catch (JacksonException notJson) {
			return failure(data, es);
		}
		if (node.isString()) {
			return failure(node.asString(), es);
		}
		return switch (tool) {
			case "balances" -> balances(node, es);
			case "recentMovements" -> movements(node, es);
			case "beneficiaries" -> beneficiaries(node, es);
			case "searchCatalog" -> products(node, es);
			case "quoteBenefits" -> benefits(node, es);
			case "purchaseStatus" -> purchases(node, es);
			case "prepareTransfer" -> TransferReplies.write(node, es);
			case "preparePurchase" -> purchasePreparation(node, es);
			default -> es ? "Listo." : "Done.";
		};
	}

	private static String failure(String message, boolean es) {
		String text = message == null ? "" : message;
		if (text.contains("not answering")) {
			String service = text.replace(" is not answering", "").trim();
			return es ? "Ahora no puedo comunicarme con " + service + ". Intenta de nuevo en unos minutos."
					: "I can't reach " + service + " right now. Please try again in a few minutes.";
		}
		return es ? "No pude hacerlo: " + text : "I couldn't do that: " + text;
	}

	private static String balances(JsonNode accounts, boolean es) {
		if (accounts.isEmpty()) {
			return es ? "No tienes cuentas." : "You have no accounts.";
		}
		List<String> lines = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO;
		for (JsonNode account : accounts) {
			BigDecimal balance = account.path("balance").decimalValue(BigDecimal.ZERO);
			total = total.add(balance);
			lines.add("• " + account.path("type").asString("") + " " + account.path("account").asString("") + ": "
					+ money(balance, account.path("currency").asString("MXN")));
		}
		String currency = accounts.path(0).path("currency").asString("MXN");
		return (es ? "Tu saldo es " : "Your balance is ") + money(total, currency) + "\n" + String.join("\n", lines);
	}

	private static String movements(JsonNode entries, boolean es) {
		if (entries.isEmpty()) {
			return es ? "No tienes movimientos recientes." : "You have no recent movements.";
		}
		List<String> lines = new ArrayList<>();
		for (JsonNode entry : entries) {
			String sign = "DEBIT".equals(entry.path("type").asString()) ? "−" : "+";
			lines.add("• " + entry.path("timestamp").asString("").replaceFirst("T.*", "") + " " + sign
					+ money(entry.path("amount").decimalValue(BigDecimal.ZERO), "MXN") + " "
					+ entry.path("description").asString("") + " (" + entry.path("account").asString("") + ")");
		}
		return (es ? "Tus movimientos recientes:\n" : "Your recent movements:\n") + String.join("\n", lines);
	}

	private static String beneficiaries(JsonNode beneficiaries, boolean es) {
		if (beneficiaries.isEmpty()) {
			return es ? "No tienes beneficiarios." : "You have no beneficiaries.";
		}
		List<String> lines = new ArrayList<>();
		for (JsonNode beneficiary : beneficiaries) {
			String elsewhere = beneficiary.path("payableHere").asBoolean(true) ? ""
					: (es ? " (otro banco)" : " (another bank)");
			lines.add("• " + beneficiary.path("name").asString("") + " "
					+ beneficiary.path("maskedAccount").asString("") + elsewhere);
		}
		return (es ? "Tus beneficiarios:\n" : "Your beneficiaries:\n") + String.join("\n", lines);
	}

	private static String products(JsonNode products, boolean es) {
		if (products.isEmpty()) {
			return es ? "No encontré productos con esa descripción." : "I found no products like that.";
		}
		List<String> lines = new ArrayList<>();
		for (JsonNode product : products) {
			lines.add("• " + product.path("name").asString("") + " — " + money(
					product.path("price").decimalValue(BigDecimal.ZERO), product.path("currency").asString("MXN")));
		}
		return (es ? "Encontré:\n" : "I found:\n") + String.join("\n", lines);
	}

	private static String benefits(JsonNode view, boolean es) {
		if (!"QUOTED".equals(view.path("status").asString())) {
			return es ? "¿De qué producto? No encontré «" + view.path("product").asString("") + "»."
					: "Which product? I couldn't find \"" + view.path("product").asString("") + "\".";
		}
		JsonNode quote = view.path("quote");
		List<String> lines = new ArrayList<>();
		for (JsonNode option : quote.path("options")) {
			String best = option.path("best").asBoolean(false) ? (es ? " (la mejor)" : " (best)") : "";
			lines.add("• " + switch (option.path("type").asString("")) {
				case "CASHBACK" -> "cashback " + money(option.path("cashback").decimalValue(BigDecimal.ZERO), "MXN");
				case "POINTS" -> option.path("points").asInt() + (es ? " puntos" : " points");
				default ->
					option.path("months").asInt() + (es ? " meses sin intereses de " : " months without interest of ")
							+ money(option.path("monthlyPayment").decimalValue(BigDecimal.ZERO), "MXN");
			} + best);
		}
		return (es ? "Beneficios de " : "Benefits of ") + view.path("product").asString("") + " ("
				+ money(quote.path("total").decimalValue(BigDecimal.ZERO), quote.path("currency").asString("MXN"))
				+ "):\n" + String.join("\n", lines);
	}

	private static String purchases(JsonNode purchases, boolean es) {
		if (purchases.isEmpty()) {
			return es ? "No tienes compras." : "You have no purchases.";
		}
		List<String> lines = new ArrayList<>();
		for (JsonNode purchase : purchases) {
			String reason = purchase.path("failureReason").asString("");
			lines.add("• " + purchase.path("productName").asString("") + " × " + purchase.path("quantity").asInt()
					+ ": " + purchase.path("status").asString("") + (reason.isBlank() ? "" : " (" + reason + ")") + " ["
					+ purchase.path("purchaseId").asString("") + "]");
		}
		return (es ? "Tus compras:\n" : "Your purchases:\n") + String.join("\n", lines);
	}

	private static String purchasePreparation(JsonNode view, boolean es) {
		String product = view.path("product").asString("");
		return switch (view.path("status").asString("")) {
			case "AWAITING_CONFIRMATION" -> "";
			case "OUT_OF_STOCK" -> es ? "No hay suficientes " + product + " en existencia."
					: "There are not enough " + product + " in stock.";
			case "NO_ACCOUNT" -> es ? "No tienes una cuenta con la que pagar." : "You have no account to pay with.";
			default -> es ? "No encontré «" + product + "» en el catálogo."
					: "I couldn't find \"" + product + "\" in the catalog.";
		};
	}

	static String money(BigDecimal amount, String currency) {
		return "$" + String.format("%,.2f", amount) + " " + currency;
	}

}
