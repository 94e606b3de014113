package com.digitalbank.agent.assistant;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What product a catalog, benefits or purchase request names: its words without the
 * request's own vocabulary, articles and quantities ("cómprame 2 audífonos" is
 * {@code audifonos}, quantity 2); the marketplace's search ranks the rest.
 */
final class ProductReading {

	private static final Set<String> NOT_PRODUCT = Wording.vocabulary("busca", "buscar", "buscame", "catalogo",
			"productos", "producto", "tienen", "tienes", "venden", "vendes", "search", "find", "catalog", "products",
			"shop", "tienda", "look", "for", "ofertas", "muestrame", "ensename", "sell", "available", "hay", "browse",
			"show", "me", "compra", "comprame", "comprar", "compro", "buy", "purchase", "ordena", "ordenar", "pideme",
			"adquirir", "llevo", "get", "quiero", "want", "comprarme", "i", "un", "una", "unos", "unas", "el", "la",
			"los", "las", "a", "an", "the", "some", "de", "del", "en", "que", "what", "which", "are", "is", "there",
			"do", "you", "have", "beneficios", "beneficio", "cashback", "meses", "msi", "puntos", "benefits", "benefit",
			"rewards", "reward", "points", "promociones", "promos", "installments", "intereses", "sin", "perks",
			"recompensas", "para", "por", "on", "of", "with", "con", "mi", "my", "me", "dan", "da", "get", "can",
			"please", "porfa", "favor", "cuales", "cual", "son", "dame", "give", "tengo", "si", "if", "le", "hay",
			"any", "how", "many", "much", "cuantos", "cuanto", "mil", "k", "pesos", "y", "and", "let", "see", "ver",
			"puedes", "could", "would", "like", "to", "gustaria", "me", "quisiera", "necesito", "need", "gives",
			"offer", "ofrecen", "tiene", "has", "item", "items", "articulos", "articulo", "store", "marketplace",
			"order", "interest", "free", "deals", "offers", "guys", "got");

	private static final Map<String, Integer> SMALL = Map.of("un", 1, "una", 1, "dos", 2, "tres", 3, "cuatro", 4,
			"cinco", 5, "two", 2, "three", 3, "four", 4, "five", 5);

	private ProductReading() {
	}

	static Optional<String> product(List<String> words) {
		String product = words.stream()
			.filter(word -> !Wording.isOneOf(word, NOT_PRODUCT))
			.filter(word -> !word.matches("\\$?[0-9][0-9.,]*k?"))
			.filter(word -> !SMALL.containsKey(word))
			.collect(Collectors.joining(" "));
		return product.isBlank() ? Optional.empty() : Optional.of(product);
	}

	static int quantity(List<String> words) {
		for (String word : words) {
			if (word.matches("[0-9]{1,2}")) {
				return Integer.parseInt(word);
			}
			if (SMALL.containsKey(word) && !word.equals("un") && !word.equals("una")) {
				return SMALL.get(word);
			}
		}
		return 1;
	}

}
