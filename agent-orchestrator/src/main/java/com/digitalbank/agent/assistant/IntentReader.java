package com.digitalbank.agent.assistant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The offline model's understanding: a deterministic reader of banking requests in
 * Spanish and English, by vocabulary (one typo allowed in longer words) and a few
 * patterns. The rules are tried from the most specific intent to the most general; the
 * evaluation set ({@code assistant/utterances.tsv} in the tests) holds it to what it must
 * understand, and a held-out set written without looking at these rules
 * ({@code utterances-heldout.tsv}) says how it does on phrasing it never saw.
 */
public final class IntentReader {

	private static final Set<String> YES = Wording.vocabulary("si", "yes", "yep", "yeah", "ok", "okay", "dale",
			"confirmo", "confirmar", "confirm", "confirmed", "claro", "correcto", "adelante", "hazlo", "sure", "va",
			"sale", "simon", "afirmativo", "procede", "proceed", "sip", "yup", "andale", "ahead", "acuerdo", "good",
			"perfecto", "perfect");

	private static final Set<String> YES_FILLER = Wording.vocabulary("por", "favor", "please", "go", "ahead", "do",
			"it", "pls", "porfa", "de", "acuerdo", "that", "s", "right", "esta", "bien", "todo", "perfecto", "asi",
			"que", "sounds", "looks", "all", "muy");

	private static final Set<String> NO = Wording.vocabulary("no", "nop", "nope", "nel", "cancel", "cancela",
			"cancelar", "cancelalo", "olvidalo", "stop", "negativo", "nah", "detente", "abort", "never", "nevermind",
			"forget", "dont", "dejalo", "olvida");

	private static final Set<String> NO_FILLER = Wording.vocabulary("mejor", "not", "never", "mind", "forget", "it",
			"gracias", "thanks", "please", "por", "favor", "ya", "lo", "eso", "that", "la", "operacion", "transfer",
			"mas", "tarde", "don", "t", "dont", "do", "quiero", "asi", "about");

	private static final Set<String> STATUS = Wording.vocabulary("estado", "estatus", "status", "track", "rastrear",
			"rastrea", "llego", "seguimiento", "paso", "where", "donde", "arrived", "progress", "happened", "mis",
			"my");

	/** Asking after a purchase even when the message starts like one ("order status"). */
	private static final Set<String> STRONG_STATUS = Wording.vocabulary("estado", "estatus", "status", "track",
			"rastrear", "rastrea", "seguimiento");

	private static final Set<String> STATUS_PHRASES = Set.of("como va", "como vamos", "how is", "when will");

	/**
	 * Asking what was bought ("what did i buy", "¿qué compré?"): the purchases, not a new
	 * one. Exact words only: "compre" is one typo from "compra".
	 */
	private static final Set<String> BOUGHT = Set.of("compre", "compramos", "bought", "ordered", "pedi");

	private static final Set<String> BOUGHT_PHRASES = Set.of("did i buy", "did i order", "have i bought",
			"i have bought");

	private static final Set<String> PURCHASES = Wording.vocabulary("compra", "compras", "pedido", "pedidos",
			"purchase", "purchases", "order", "orders", "orden", "paquete", "paquetes", "package", "packages",
			"delivery", "shipment");

	static final Set<String> TRANSFER_VERBS = Wording.vocabulary("manda", "mandale", "mandar", "mandarle", "envia",
			"enviale", "enviar", "enviarle", "transfiere", "transfierele", "transferir", "transferirle",
			"transferencia", "pasale", "pasa", "pasar", "pasarle", "depositale", "deposita", "depositar", "depositarle",
			"send", "transfer", "pay", "wire", "paga", "pagale", "pagar", "pagarle", "presta", "prestale", "give",
			"yapea", "sendle", "mandame", "hazle", "haz", "venmo", "move", "mueve", "mover", "moverle");

	/** "a quién le puedo transferir" with no amount asks for the beneficiaries. */
	private static final Set<String> WHO = Wording.vocabulary("quien", "quienes", "who", "whom");

	private static final Set<String> BENEFITS = Wording.vocabulary("beneficios", "beneficio", "cashback", "meses",
			"msi", "puntos", "benefits", "benefit", "rewards", "reward", "points", "promociones", "promos",
			"installments", "intereses", "interest", "perks", "recompensas");

	private static final Set<String> BUY = Wording.vocabulary("compra", "comprame", "comprar", "compro", "buy",
			"purchase", "ordena", "ordenar", "order", "pideme", "adquirir", "llevo", "get", "quiero", "want",
			"comprarme");

	/** A buying verb with no product asks what there is to buy ("what can i buy"). */
	private static final Set<String> BUYING = Wording.vocabulary("comprar", "buy", "purchase");

	/**
	 * The bank's own products and account matters: the marketplace does not sell them, so
	 * "quiero un préstamo" is out of scope, not a purchase. Only as the product's first
	 * word: "compra la laptop con tarjeta de crédito" is still a purchase.
	 */
	private static final Set<String> NOT_SOLD = Wording.vocabulary("prestamo", "prestamos", "loan", "loans", "credito",
			"creditos", "credit", "hipoteca", "mortgage", "password", "contrasena", "cuenta", "account", "inversion",
			"investment", "insurance", "abrir", "open", "cerrar");

	private static final Set<String> SEARCH = Wording.vocabulary("busca", "buscar", "buscame", "catalogo", "productos",
			"producto", "tienen", "tienes", "venden", "vendes", "search", "find", "catalog", "products", "shop",
			"tienda", "look", "ofertas", "muestrame", "ensename", "sell", "available", "hay", "browse", "show", "ver",
			"see", "deals", "offers");

	private static final Set<String> SEARCH_PHRASES = Set.of("do you have", "you guys have", "have you got");

	private static final Set<String> BENEFICIARIES = Wording.vocabulary("beneficiarios", "beneficiario", "contactos",
			"destinatarios", "beneficiaries", "beneficiary", "payees", "payee", "contacts", "recipients", "agenda");

	private static final Set<String> MOVEMENTS = Wording.vocabulary("movimientos", "movimiento", "movs",
			"transacciones", "transaccion", "historial", "gastos", "gaste", "cargos", "movements", "transactions",
			"transaction", "history", "activity", "statement", "spent", "spending", "ultimos", "recientes",
			"operaciones", "transferencias", "transfers", "depositos", "deposits", "charges", "estado");

	/** Where the money went: a question about movements, though it names money. */
	private static final Set<String> MOVEMENT_PHRASES = Set.of("se me fue", "se me va", "se fue", "where did my money",
			"where does my money", "where my money");

	private static final Set<String> STRONG_BALANCE = Wording.vocabulary("saldo", "saldos", "balance", "balances",
			"dinero", "lana", "fondos", "funds", "money", "cash", "feria");

	private static final Set<String> BALANCE = Wording.vocabulary("saldo", "saldos", "balance", "balances", "tengo",
			"dinero", "lana", "disponible", "fondos", "funds", "money", "much", "have", "cash", "feria", "quedan",
			"queda", "left", "checking", "savings", "ahorro", "ahorros", "debit", "debito");

	private static final Set<String> SPANISH = Wording.vocabulary("mi", "mis", "cuanto", "tengo", "saldo", "a", "al",
			"el", "la", "los", "las", "de", "del", "que", "quiero", "mandale", "pasale", "por", "favor", "si",
			"movimientos", "busca", "compra", "beneficios", "mama", "hermano", "casero", "cuales", "cual", "mis",
			"dame", "hay", "para", "con", "unos", "unas", "una", "un", "pesos", "mil", "me", "le", "es", "esta",
			"estado", "y", "tienes", "venden", "enviale", "transfiere", "cuenta", "cuentas", "ultimos", "compras",
			"pedido", "muestrame");

	private static final Set<String> SPANISH_ONLY = Wording.vocabulary("mi", "mis", "cuanto", "tengo", "el", "la",
			"los", "las", "de", "del", "que", "quiero", "por", "si", "dame", "para", "con", "unos", "una", "pesos",
			"mil", "le", "es", "esta", "hay", "cuenta", "cuentas", "al");

	private IntentReader() {
	}

	public static Understanding read(String text) {
		List<String> words = Wording.words(text == null ? "" : text);
		boolean spanish = spanish(words);
		Optional<AmountReader.Found> amount = AmountReader.read(words);
		Map<String, String> slots = new HashMap<>();
		Intent intent = intent(words, amount, slots);
		return new Understanding(intent, slots, spanish);
	}

	private static Intent intent(List<String> words, Optional<AmountReader.Found> amount, Map<String, String> slots) {
		if (!words.isEmpty() && onlyWith(words, YES, YES_FILLER)) {
			return Intent.CONFIRM;
		}
		if (!words.isEmpty() && onlyWith(words, NO, NO_FILLER)) {
			return Intent.CANCEL;
		}
		if (asksAfterPurchase(words)) {
			purchaseId(words).ifPresent(id -> slots.put("purchaseId", id));
			return Intent.PURCHASE_STATUS;
		}
		if (Wording.containsAny(words, TRANSFER_VERBS) && amount.isEmpty() && Wording.containsAny(words, WHO)) {
			return Intent.BENEFICIARIES;
		}
		if (Wording.containsAny(words, TRANSFER_VERBS) && !Wording.containsAny(words, BENEFITS)) {
			Optional<String> alias = TransferReading.alias(words, amount);
			// "mis transferencias recientes" names no amount: it asks for movements.
			if (amount.isPresent() || alias.isPresent() && !Wording.containsAny(words, MOVEMENTS)) {
				amount.ifPresent(found -> slots.put("amount", found.amount().toPlainString()));
				alias.ifPresent(found -> slots.put("alias", found));
				return Intent.TRANSFER;
			}
		}
		if (Wording.containsAny(words, BENEFITS)) {
			ProductReading.product(words).ifPresent(product -> slots.put("product", product));
			return Intent.BENEFITS;
		}
		if (sellable(words) && (startsWithBuy(words) || (Wording.containsAny(words, BUY) && !searches(words)
				&& ProductReading.product(words).isPresent() && !Wording.containsAny(words, BALANCE)))) {
			ProductReading.product(words).ifPresent(product -> slots.put("product", product));
			slots.put("quantity", String.valueOf(ProductReading.quantity(words)));
			return Intent.PURCHASE;
		}
		if (Wording.containsAny(words, BENEFICIARIES)) {
			return Intent.BENEFICIARIES;
		}
		if (Wording.containsAny(words, MOVEMENTS)
				|| Wording.containsPhrase(String.join(" ", words), MOVEMENT_PHRASES)) {
			return Intent.MOVEMENTS;
		}
		if (Wording.containsAny(words, STRONG_BALANCE)) {
			return Intent.BALANCE;
		}
		if (sellable(words) && (searches(words) || Wording.containsAny(words, BUYING))) {
			ProductReading.product(words).ifPresent(product -> slots.put("product", product));
			return Intent.CATALOG;
		}
		if (Wording.containsAny(words, BALANCE)) {
			return Intent.BALANCE;
		}
		return Intent.HELP;
	}

	private static boolean asksAfterPurchase(List<String> words) {
		if (words.stream().anyMatch(BOUGHT::contains)
				|| Wording.containsPhrase(String.join(" ", words), BOUGHT_PHRASES)) {
			return !Wording.containsAny(words, BENEFITS);
		}
		boolean status = Wording.containsAny(words, STATUS)
				|| Wording.containsPhrase(String.join(" ", words), STATUS_PHRASES);
		return Wording.containsAny(words, PURCHASES) && status && !Wording.containsAny(words, BENEFITS)
				&& (!startsWithBuy(words) || Wording.containsAny(words, STRONG_STATUS));
	}

	private static boolean sellable(List<String> words) {
		return ProductReading.product(words)
			.map(product -> product.split(" ")[0])
			.filter(first -> Wording.isOneOf(first, NOT_SOLD))
			.isEmpty();
	}

	private static boolean searches(List<String> words) {
		return Wording.containsAny(words, SEARCH) || Wording.containsPhrase(String.join(" ", words), SEARCH_PHRASES);
	}

	private static boolean startsWithBuy(List<String> words) {
		return !words.isEmpty() && Wording.isOneOf(words.getFirst(), BUY) && !words.getFirst().equals("quiero")
				&& !words.getFirst().equals("want") && !words.getFirst().equals("get")
				|| words.size() > 1
						&& (words.get(0).equals("quiero") || words.get(0).equals("want")
								|| words.get(0).equals("i") && words.get(1).equals("want"))
						&& Wording.containsAny(words, Set.of("comprar", "buy", "purchase"));
	}

	private static boolean onlyWith(List<String> words, Set<String> core, Set<String> filler) {
		boolean hasCore = false;
		for (String word : words) {
			if (core.contains(word)) {
				hasCore = true;
			}
			else if (!filler.contains(word)) {
				return false;
			}
		}
		return hasCore;
	}

	private static Optional<String> purchaseId(List<String> words) {
		return words.stream()
			.filter(word -> word.matches("[a-z0-9]+(-[a-z0-9]+)+") && word.matches(".*\\d.*"))
			.findFirst();
	}

	private static boolean spanish(List<String> words) {
		long spanish = words.stream().filter(SPANISH_ONLY::contains).count();
		long markers = words.stream().filter(SPANISH::contains).count();
		return spanish > 0
				|| markers > 0 && words.stream().noneMatch(Set.of("my", "the", "to", "what", "how", "i")::contains);
	}

	static List<String> without(List<String> words, Optional<AmountReader.Found> amount) {
		List<String> rest = new ArrayList<>(words);
		amount.ifPresent(found -> {
			for (int i = found.end() - 1; i >= found.start(); i--) {
				rest.set(i, "");
			}
		});
		return rest;
	}

}
