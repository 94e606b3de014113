package com.digitalbank.agent.builder.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.digitalbank.agent.builder.offline.ProjectSpec.EndpointSpec;
import com.digitalbank.agent.builder.offline.ProjectSpec.EntitySpec;
import com.digitalbank.agent.builder.offline.ProjectSpec.FieldSpec;

/**
 * Reads requirements written in plain English for what a template can honour: entities
 * ({@code Entity Book with fields title, author, year:int}, {@code Book(title, author)},
 * {@code Entities: Book, Member}), endpoints ({@code GET /books/search}), pages
 * ({@code Pages: Home, Menu}, {@code an about page}), commands
 * ({@code Commands: add, list}) and a tagline. Change requests are read after the
 * requirements, so what they add joins what was there. Anything it does not understand is
 * left to the template's defaults.
 */
final class RequirementsReader {

	private static final String LIST = "([^.;\\n]+)";

	private static final Pattern ENTITY = Pattern.compile("\\b(?i:entity|resource|model)\\s+([A-Z][A-Za-z0-9]*)"
			+ "(?:\\s*\\(([^)]*)\\)|\\s+(?i:with(?:\\s+(?:the\\s+)?fields?)?|having|has)\\s*:?\\s*" + LIST
			+ "|\\s*:\\s*" + LIST + ")?");

	private static final Pattern ENTITY_LIST = Pattern.compile("(?i)\\bentities\\s*:\\s*" + LIST);

	private static final Pattern CALL_STYLE = Pattern.compile("\\b([A-Z][a-z][A-Za-z0-9]*)\\s*\\(([a-z][^)]*)\\)");

	private static final Pattern ENDPOINT = Pattern.compile("\\b(GET|POST|PUT|PATCH|DELETE)\\s+(/[A-Za-z0-9_{}/.-]*)");

	private static final Pattern MANAGE = Pattern.compile(
			"(?i)\\b(?:manages?|managing|tracks?|tracking|stores?|storing)\\s+(?:the\\s+|their\\s+|all\\s+)?([a-z]+)(?:\\s*(?:,|and)\\s*([a-z]+))?");

	private static final Pattern PAGE_LIST = Pattern.compile("(?i)\\bpages?\\s*:\\s*" + LIST);

	private static final Pattern PAGE = Pattern.compile("(?i)\\b(?:an?|the)\\s+([a-z]+)\\s+page\\b");

	private static final Pattern COMMAND_LIST = Pattern.compile("(?i)\\bcommands?\\s*:\\s*" + LIST);

	private static final Pattern COMMAND = Pattern.compile("(?i)\\b(?:an?|the)\\s+`?([a-z][a-z-]*)`?\\s+command\\b");

	private static final Pattern TAGLINE = Pattern.compile("(?i)\\btagline\\s*:\\s*([^\\n.]+)");

	private static final Set<String> PREFIXES = Set.of("api", "v1", "v2", "v3");

	private static final Set<String> NOT_ENTITIES = Set.of("their", "them", "data", "information", "things", "it",
			"everything", "state", "money", "time");

	private RequirementsReader() {
	}

	static ProjectSpec read(String projectName, String requirements, List<String> changeRequests) {
		String text = requirements + "\n" + String.join("\n", changeRequests);
		String prefix = Names.typeName(projectName);
		List<EndpointSpec> endpoints = endpoints(text);
		return new ProjectSpec(projectName, Names.slug(projectName), "com.example." + Names.packageSegment(projectName),
				prefix, tagline(text), entities(text, endpoints), endpoints, pages(text), commands(text));
	}

	private static List<EntitySpec> entities(String text, List<EndpointSpec> endpoints) {
		Map<String, LinkedHashMap<String, FieldSpec>> entities = new LinkedHashMap<>();
		Matcher entity = ENTITY.matcher(text);
		while (entity.find()) {
			String fields = entity.group(2) != null ? entity.group(2)
					: entity.group(3) != null ? entity.group(3) : entity.group(4);
			add(entities, entity.group(1), fields);
		}
		Matcher call = CALL_STYLE.matcher(text);
		while (call.find()) {
			add(entities, call.group(1), call.group(2));
		}
		Matcher list = ENTITY_LIST.matcher(text);
		while (list.find()) {
			items(list.group(1)).forEach(name -> add(entities, Names.singular(name), null));
		}
		endpoints.forEach(endpoint -> add(entities, Names.singular(endpoint.resource()), null));
		if (entities.isEmpty()) {
			Matcher manage = MANAGE.matcher(text);
			while (manage.find()) {
				for (int group = 1; group <= 2; group++) {
					String word = manage.group(group);
					if (word != null && !NOT_ENTITIES.contains(word.toLowerCase(Locale.ROOT))) {
						add(entities, Names.singular(word), null);
					}
				}
			}
		}
		if (entities.isEmpty()) {
			add(entities, "Item", null);
		}
		List<EntitySpec> specs = new ArrayList<>();
		entities.forEach((name,
				fields) -> specs.add(new EntitySpec(name,
						fields.isEmpty()
								? List.of(new FieldSpec("name", "String"), new FieldSpec("description", "String"))
								: List.copyOf(fields.values()))));
		return specs;
	}

	private static void add(Map<String, LinkedHashMap<String, FieldSpec>> entities, String rawName, String fields) {
		String name = Names.typeName(Names.singular(rawName));
		LinkedHashMap<String, FieldSpec> known = entities.computeIfAbsent(name, key -> new LinkedHashMap<>());
		if (fields != null) {
			FieldReader.read(fields).forEach(field -> known.putIfAbsent(field.name(), field));
		}
	}

	private static List<EndpointSpec> endpoints(String text) {
		Map<String, EndpointSpec> endpoints = new LinkedHashMap<>();
		Matcher endpoint = ENDPOINT.matcher(text);
		while (endpoint.find()) {
			String path = endpoint.group(2).replaceAll("/+$", "").replaceAll("\\.$", "");
			List<String> segments = new ArrayList<>(List.of(path.substring(1).split("/")));
			StringBuilder prefix = new StringBuilder();
			while (segments.size() > 1 && PREFIXES.contains(segments.getFirst().toLowerCase(Locale.ROOT))) {
				prefix.append('/').append(segments.removeFirst());
			}
			if (segments.isEmpty() || segments.getFirst().isEmpty() || segments.getFirst().startsWith("{")) {
				continue;
			}
			String resource = Names.resourcePath(Names.typeName(Names.singular(segments.removeFirst())));
			String rest = segments.isEmpty() ? "" : "/" + String.join("/", segments);
			endpoints.putIfAbsent(endpoint.group(1) + " " + path,
					new EndpointSpec(endpoint.group(1), path, prefix.toString(), resource, rest));
		}
		return List.copyOf(endpoints.values());
	}

	private static List<String> pages(String text) {
		Set<String> pages = new LinkedHashSet<>();
		pages.add("Home");
		Matcher list = PAGE_LIST.matcher(text);
		while (list.find()) {
			items(list.group(1)).forEach(page -> pages.add(Names.typeName(page)));
		}
		Matcher page = PAGE.matcher(text);
		while (page.find()) {
			pages.add(Names.typeName(page.group(1)));
		}
		if (pages.size() == 1) {
			pages.addAll(List.of("About", "Contact"));
		}
		return List.copyOf(pages);
	}

	private static List<String> commands(String text) {
		Set<String> commands = new LinkedHashSet<>();
		Matcher list = COMMAND_LIST.matcher(text);
		while (list.find()) {
			items(list.group(1)).forEach(command -> commands.add(Names.slug(command)));
		}
		Matcher command = COMMAND.matcher(text);
		while (command.find()) {
			commands.add(Names.slug(command.group(1)));
		}
		if (commands.isEmpty()) {
			commands.addAll(List.of("add", "list", "remove"));
		}
		commands.add("help");
		return List.copyOf(commands);
	}

	private static String tagline(String text) {
		Matcher tagline = TAGLINE.matcher(text);
		if (tagline.find()) {
			return tagline.group(1).strip();
		}
		String first = text.strip().split("(?<=[.!?])\\s|\\n", 2)[0].strip();
		return first.length() > 120 ? first.substring(0, 117) + "..." : first;
	}

	/** The items of a list: split on commas, slashes and "and". */
	static List<String> items(String list) {
		List<String> items = new ArrayList<>();
		for (String item : list.split("\\s*(?:,|/|\\band\\b|\\bor\\b)\\s*")) {
			String cleaned = item.replaceAll("(?i)^(?:an?|the)\\s+", "").replaceAll("[`'\"*]", "").strip();
			if (!cleaned.isEmpty() && cleaned.length() <= 40) {
				items.add(cleaned);
			}
		}
		return items;
	}

}
