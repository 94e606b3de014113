package com.digitalbank.agent.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who a transfer is for: the words after "a", "al", "para" or "to" ("mándale 500 a mi
 * mamá", "pásale mil al casero", "transfer $1,200.50 to my brother"), or after the verb
 * when there is no preposition ("send my mom 500"), without possessives and articles; crm
 * resolves the rest (synonyms, nicknames, typos).
 */
final class TransferReading {

	private static final Set<String> TO = Wording.vocabulary("a", "al", "para", "to", "pa");

	private static final Set<String> OWNERS = Wording.vocabulary("mi", "mis", "my", "the", "el", "la", "los", "las",
			"su", "our", "nuestro", "nuestra", "tu", "your");

	private static final Set<String> STOPS = Wording.vocabulary("por", "for", "de", "del", "con", "pesos", "peso",
			"mxn", "please", "porfa", "porfavor", "para", "from", "now", "ahora", "hoy", "today", "ya", "varos",
			"bucks", "y", "and", "desde", "de", "que", "pls", "plz", "right", "asap", "lana", "dinero", "money", "cash",
			"feria");

	/**
	 * "to my mom's account", "a la cuenta de mi mamá": the account is the person's; the
	 * person is the name.
	 */
	private static final Set<String> ACCOUNT = Wording.vocabulary("cuenta", "account", "acct", "clabe");

	private static final Set<String> OF = Wording.vocabulary("de", "del", "of");

	private static final Set<String> NOT_NAMES = Wording.vocabulary("le", "me", "lo", "una", "un", "a", "transferencia",
			"transfer", "hazle", "haz", "quiero", "i", "want", "to", "can", "you", "puedes", "podrias", "necesito",
			"favor", "por", "please", "porfa");

	private TransferReading() {
	}

	static Optional<String> alias(List<String> words, Optional<AmountReader.Found> amount) {
		List<String> rest = IntentReader.without(words, amount);
		int verb = verbIndex(rest);
		for (int i = verb + 1; i < rest.size(); i++) {
			if (TO.contains(rest.get(i))
					&& !(rest.get(i).equals("a") && i + 1 < rest.size() && rest.get(i + 1).isEmpty())) {
				Optional<String> name = name(rest, i + 1);
				if (name.isPresent()) {
					return name;
				}
			}
		}
		return verb >= 0 ? name(rest, verb + 1) : Optional.empty();
	}

	private static int verbIndex(List<String> rest) {
		for (int i = 0; i < rest.size(); i++) {
			if (Wording.isOneOf(rest.get(i), IntentReader.TRANSFER_VERBS)) {
				return i;
			}
		}
		return -1;
	}

	private static Optional<String> name(List<String> rest, int from) {
		List<String> name = new ArrayList<>();
		for (int i = from; i < rest.size(); i++) {
			String word = rest.get(i);
			if (ACCOUNT.contains(word)) {
				if (!name.isEmpty()) {
					break;
				}
				if (i + 1 < rest.size() && OF.contains(rest.get(i + 1))) {
					i++;
				}
				continue;
			}
			if (word.isEmpty() || STOPS.contains(word) || (TO.contains(word) && !name.isEmpty())) {
				if (name.isEmpty() && word.isEmpty()) {
					continue;
				}
				break;
			}
			if (name.isEmpty() && (OWNERS.contains(word) || NOT_NAMES.contains(word) || TO.contains(word))) {
				continue;
			}
			name.add(word);
		}
		return name.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", name));
	}

}
