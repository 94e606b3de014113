package com.digitalbank.orders;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.databind.json.JsonMapper;

/** Order requests as JSON, valid unless a test breaks them on purpose. */
public final class OrderRequests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private OrderRequests() {
	}

	/** Two headphones at 1499.00 for {@code email}, with the WELCOME10 campaign. */
	public static Map<String, Object> valid(String email) {
		Map<String, Object> order = new LinkedHashMap<>();
		order.put("customer",
				new LinkedHashMap<>(Map.of("name", "Ana López", "email", email, "taxId", "LOAA850101ABC")));
		order.put("items", new ArrayList<>(List.of(item("SKU-1001", "Wireless headphones", 2, "1499.00"))));
		order.put("billingAddress", Map.of("line1", "Av. Reforma 222", "city", "Ciudad de México", "state", "CDMX",
				"postalCode", "06600", "country", "MX"));
		order.put("campaignCode", "WELCOME10");
		order.put("payment", Map.of("method", "CARD", "reference", "ch_123", "cardLast4", "4242"));
		return order;
	}

	public static Map<String, Object> item(String productId, String name, int quantity, String unitPrice) {
		return new LinkedHashMap<>(Map.of("productId", productId, "name", name, "quantity", quantity, "unitPrice",
				new java.math.BigDecimal(unitPrice)));
	}

	public static Map<String, Object> withItems(Map<String, Object> order, int count) {
		List<Map<String, Object>> items = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			items.add(item("SKU-" + i, "Item " + i, 1, "10.00"));
		}
		order.put("items", items);
		return order;
	}

	public static String json(Map<String, Object> order) {
		return JSON.writeValueAsString(order);
	}

	public static String json(String email, Consumer<Map<String, Object>> change) {
		Map<String, Object> order = valid(email);
		change.accept(order);
		return json(order);
	}

	@SuppressWarnings("unchecked")
	public static Map<String, Object> firstItem(Map<String, Object> order) {
		return ((List<Map<String, Object>>) order.get("items")).getFirst();
	}

}
