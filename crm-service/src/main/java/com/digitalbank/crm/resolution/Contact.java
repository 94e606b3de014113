package com.digitalbank.crm.resolution;

import java.util.List;

/**
 * Someone the resolver may name: a beneficiary as the resolver sees it.
 *
 * @param relationship the relationship's name as in {@code relationships.txt}
 * ({@code MOTHER}), or null
 */
public record Contact(String id, String name, List<String> aliases, String relationship) {

	public Contact {
		aliases = List.copyOf(aliases);
	}

}
