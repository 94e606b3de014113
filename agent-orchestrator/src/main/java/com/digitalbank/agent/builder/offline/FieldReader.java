package com.digitalbank.agent.builder.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.digitalbank.agent.builder.offline.ProjectSpec.FieldSpec;

/**
 * Reads a list of fields: {@code title, author and year:int}, {@code price (decimal)}. A
 * field without a type gets one from its name ({@code price} a decimal, {@code year} an
 * int, {@code active} a boolean, {@code dueDate} a date), else text.
 */
final class FieldReader {

	private static final Pattern TYPED = Pattern.compile("^(.+?)\\s*(?::\\s*|\\()\\s*([A-Za-z]+)\\s*\\)?$");

	private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("string", "String"),
			Map.entry("text", "String"), Map.entry("int", "int"), Map.entry("integer", "int"),
			Map.entry("number", "int"), Map.entry("long", "long"), Map.entry("decimal", "BigDecimal"),
			Map.entry("money", "BigDecimal"), Map.entry("bigdecimal", "BigDecimal"), Map.entry("double", "double"),
			Map.entry("float", "double"), Map.entry("bool", "boolean"), Map.entry("boolean", "boolean"),
			Map.entry("date", "LocalDate"), Map.entry("localdate", "LocalDate"));

	private FieldReader() {
	}

	static List<FieldSpec> read(String list) {
		List<FieldSpec> fields = new ArrayList<>();
		for (String item : RequirementsReader.items(list)) {
			Matcher typed = TYPED.matcher(item);
			String phrase = typed.matches() ? typed.group(1) : item;
			String type = typed.matches() ? TYPES.get(typed.group(2).toLowerCase(Locale.ROOT)) : null;
			if (Names.words(phrase).isEmpty() || Names.words(phrase).size() > 4) {
				continue;
			}
			String name = Names.fieldName(phrase);
			if (!name.equals("id") && fields.stream().noneMatch(field -> field.name().equals(name))) {
				fields.add(new FieldSpec(name, type != null ? type : inferred(name)));
			}
		}
		return fields;
	}

	static String inferred(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.matches(".*(price|amount|total|cost|balance|salary|fee)$")) {
			return "BigDecimal";
		}
		if (lower.matches(".*(count|quantity|year|age|stock|rating|pages|number|score|size)$")) {
			return "int";
		}
		if (lower.matches("^(is|has)[a-z].*") || lower.matches("^(active|done|completed|available|enabled|paid)$")) {
			return "boolean";
		}
		if (lower.matches(".*(date|birthday|day)$")) {
			return "LocalDate";
		}
		return "String";
	}

}
