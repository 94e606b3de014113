package com.digitalbank.platform.dynamodb;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class JsonItemsTests {

	private final JsonItems items = new JsonItems(JsonMapper.builder().build());

	record Line(String sku, int quantity, BigDecimal price) {
	}

	record Order(String id, Instant at, List<Line> lines, Map<String, String> tags, String note) {
	}

	@Test
	void storesRecordsAsNativeAttributesWithExactNumbers() {
		Order order = new Order("o-1", Instant.parse("2026-11-23T10:00:00.123456Z"),
				List.of(new Line("SKU-1", 2, new BigDecimal("1499.10"))), Map.of("channel", "web"), null);

		Map<String, AttributeValue> item = items.toItem(order);

		assertThat(item.get("id").s()).isEqualTo("o-1");
		assertThat(item.get("at").s()).isEqualTo("2026-11-23T10:00:00.123456Z");
		assertThat(item.get("lines").l().getFirst().m().get("price").n()).isEqualTo("1499.10");
		assertThat(item.get("lines").l().getFirst().m().get("quantity").n()).isEqualTo("2");
		assertThat(item.get("tags").m().get("channel").s()).isEqualTo("web");
		assertThat(item).doesNotContainKey("note");
	}

	@Test
	void readsTheRecordBackIgnoringAttributesItDoesNotName() {
		Order order = new Order("o-1", Instant.parse("2026-11-23T10:00:00Z"),
				List.of(new Line("SKU-1", 2, new BigDecimal("0.1"))), Map.of(), "gift");
		Map<String, AttributeValue> item = new HashMap<>(items.toItem(order));
		item.put("PK", AttributeValue.fromS("TENANT#acme"));

		assertThat(items.fromItem(item, Order.class)).isEqualTo(order);
	}

}
