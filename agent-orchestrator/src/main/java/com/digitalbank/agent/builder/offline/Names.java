package com.digitalbank.agent.builder.offline;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns words from requirements into the names code needs: types, fields, packages,
 * paths, singulars and plurals, never a Java keyword or a name the generated code already
 * uses.
 */
final class Names {

	private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
			"catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
			"final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface",
			"long", "native", "new", "package", "private", "protected", "public", "return", "short", "static",
			"strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
			"volatile", "while", "true", "false", "null", "var", "record", "yield", "sealed", "permits", "when",
			"module", "exports", "open", "opens", "requires", "uses", "provides", "to", "with", "transitive");

	/** Types the generated code refers to by simple name. */
	private static final Set<String> TAKEN_TYPES = Set.of("String", "Object", "Integer", "Long", "Double", "Boolean",
			"Character", "Number", "Math", "System", "Thread", "Record", "Override", "Class", "Enum", "Void",
			"Iterable", "List", "Map", "Optional", "Comparator", "Locale", "Test", "Deprecated", "URI", "Instant",
			"BigDecimal", "LocalDate", "ResponseEntity", "RequestBody", "PathVariable", "RequestParam",
			"RequestMapping", "RestController", "Repository", "SpringApplication", "SpringBootApplication",
			"AtomicLong", "ConcurrentHashMap", "Files", "Path", "PrintStream", "Assertions", "Application", "Main");

	private Names() {
	}

	/** The words of a phrase, without accents, punctuation or case. */
	static List<String> words(String phrase) {
		String plain = Normalizer.normalize(phrase, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		List<String> words = new ArrayList<>();
		for (String word : plain.split("(?<=[a-z0-9])(?=[A-Z])|[^A-Za-z0-9]+")) {
			if (!word.isEmpty()) {
				words.add(word.toLowerCase(Locale.ROOT));
			}
		}
		return words;
	}

	/** {@code library api} → {@code LibraryApi}; a type name that compiles. */
	static String typeName(String phrase) {
		StringBuilder name = new StringBuilder();
		words(phrase).forEach(word -> name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1)));
		String type = name.isEmpty() || !Character.isLetter(name.charAt(0)) ? "Item" + name : name.toString();
		return TAKEN_TYPES.contains(type) ? type + "Item" : type;
	}

	/** {@code publication year} → {@code publicationYear}; a field name that compiles. */
	static String fieldName(String phrase) {
		String type = typeName(phrase);
		if (type.endsWith("Item") && !words(phrase).contains("item")) {
			type = type.substring(0, type.length() - 4);
		}
		String field = Character.toLowerCase(type.charAt(0)) + type.substring(1);
		return KEYWORDS.contains(field) ? field + "Value" : field;
	}

	/** {@code Library API} → {@code libraryapi}: one package segment. */
	static String packageSegment(String phrase) {
		String segment = String.join("", words(phrase));
		if (segment.isEmpty() || !Character.isLetter(segment.charAt(0))) {
			segment = "app" + segment;
		}
		return KEYWORDS.contains(segment) ? segment + "app" : segment;
	}

	/** {@code Library API} → {@code library-api}. */
	static String slug(String phrase) {
		String slug = String.join("-", words(phrase));
		slug = slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug;
		return slug.isEmpty() ? "project" : slug;
	}

	static String singular(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (lower.endsWith("ies") && word.length() > 3) {
			return word.substring(0, word.length() - 3) + "y";
		}
		if (lower.matches(".*(ches|shes|sses|xes|zes)$")) {
			return word.substring(0, word.length() - 2);
		}
		if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is")
				&& word.length() > 1) {
			return word.substring(0, word.length() - 1);
		}
		return word;
	}

	static String plural(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (lower.matches(".*[^aeiou]y$")) {
			return word.substring(0, word.length() - 1) + "ies";
		}
		if (lower.matches(".*(s|x|z|ch|sh)$")) {
			return word + "es";
		}
		return word + "s";
	}

	/** {@code BookLoan} → {@code book-loans}: the resource's path segment. */
	static String resourcePath(String typeName) {
		List<String> words = words(typeName);
		words.set(words.size() - 1, plural(words.getLast()));
		return String.join("-", words);
	}

	/** Text safe inside a Java comment: no comment end, no unicode escapes, one line. */
	static String comment(String text) {
		return text.replace("*/", "* /").replace("\\", "/").replaceAll("\\s+", " ").strip();
	}

	/** A human phrase for a type: {@code BookLoan} → {@code book loan}. */
	static String phrase(String typeName) {
		return String.join(" ", words(typeName));
	}

}
