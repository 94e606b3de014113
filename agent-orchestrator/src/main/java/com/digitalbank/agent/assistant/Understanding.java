package com.digitalbank.agent.assistant;

import java.util.Map;
import java.util.TreeMap;

/**
 * A message read: its intent, its slots ({@code amount} as a plain decimal with two
 * places, {@code alias}, {@code product}, {@code quantity}, {@code purchaseId}) and
 * whether it was written in Spanish, so the reply is too.
 */
public record Understanding(Intent intent, Map<String, String> slots, boolean spanish) {

	public Understanding {
		slots = Map.copyOf(slots);
	}

	public String slot(String name) {
		return slots.get(name);
	}

	/** Slots sorted by name, {@code name=value;...}: the eval set's notation. */
	public String slotText() {
		StringBuilder text = new StringBuilder();
		new TreeMap<>(slots)
			.forEach((name, value) -> text.append(text.isEmpty() ? "" : ";").append(name).append('=').append(value));
		return text.toString();
	}

}
