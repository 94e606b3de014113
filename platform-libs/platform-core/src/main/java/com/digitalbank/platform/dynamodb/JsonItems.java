package com.digitalbank.platform.dynamodb;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one way services map records to DynamoDB items: through their JSON form, into
 * native attributes (maps, lists, exact decimal numbers). A record is stored as the
 * service's Jackson sees it, with the same names and types, and nothing is written per
 * attribute by hand; keys and index attributes are added by the store. Numbers stay
 * {@link BigDecimal} both ways, never floating point; DynamoDB drops trailing zeros, so a
 * record that holds money keeps its scale in its own constructor. Null components are not
 * stored.
 * <p>
 * Why not the enhanced client: it does not map Java records (aws-sdk-java-v2#4281) and
 * would need a mutable or builder twin of every record.
 */
public final class JsonItems {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final JsonMapper mapper;

	public JsonItems(JsonMapper mapper) {
		this.mapper = mapper;
	}

	public Map<String, AttributeValue> toItem(Object value) {
		return toMap(mapper.valueToTree(value));
	}

	/** The record from an item; attributes the record does not name are ignored. */
	public <T> T fromItem(Map<String, AttributeValue> item, Class<T> type) {
		return mapper.treeToValue(toNode(AttributeValue.fromM(item)), type);
	}

	public AttributeValue toAttribute(Object value) {
		return toAttribute((JsonNode) mapper.valueToTree(value));
	}

	private static Map<String, AttributeValue> toMap(JsonNode object) {
		Map<String, AttributeValue> map = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> property : object.properties()) {
			if (!property.getValue().isNull()) {
				map.put(property.getKey(), toAttribute(property.getValue()));
			}
		}
		return map;
	}

	private static AttributeValue toAttribute(JsonNode node) {
		if (node.isObject()) {
			return AttributeValue.fromM(toMap(node));
		}
		if (node.isArray()) {
			return AttributeValue.fromL(node.values().stream().map(JsonItems::toAttribute).toList());
		}
		if (node.isNumber()) {
			return AttributeValue.fromN(node.decimalValue().toPlainString());
		}
		if (node.isBoolean()) {
			return AttributeValue.fromBool(node.booleanValue());
		}
		if (node.isNull()) {
			return AttributeValue.fromNul(true);
		}
		return AttributeValue.fromS(node.asString());
	}

	private static JsonNode toNode(AttributeValue value) {
		return switch (value.type()) {
			case S -> NODES.stringNode(value.s());
			case N -> number(value.n());
			case BOOL -> NODES.booleanNode(value.bool());
			case M -> {
				ObjectNode object = NODES.objectNode();
				value.m().forEach((name, attribute) -> object.set(name, toNode(attribute)));
				yield object;
			}
			case L -> {
				ArrayNode array = NODES.arrayNode();
				value.l().forEach(attribute -> array.add(toNode(attribute)));
				yield array;
			}
			default -> NODES.nullNode();
		};
	}

	private static JsonNode number(String text) {
		BigDecimal number = new BigDecimal(text);
		if (number.scale() <= 0 && number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
			return NODES.numberNode(number.longValueExact());
		}
		return NODES.numberNode(number);
	}

}
