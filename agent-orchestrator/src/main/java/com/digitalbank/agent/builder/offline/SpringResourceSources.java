package com.digitalbank.agent.builder.offline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.digitalbank.agent.builder.offline.ProjectSpec.EndpointSpec;
import com.digitalbank.agent.builder.offline.ProjectSpec.EntitySpec;
import com.digitalbank.agent.builder.offline.ProjectSpec.FieldSpec;

/** The Java sources of one entity's resource: record, repository, controller, tests. */
final class SpringResourceSources {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

	private final ProjectSpec spec;

	private final EntitySpec entity;

	private final String type;

	SpringResourceSources(ProjectSpec spec, EntitySpec entity) {
		this.spec = spec;
		this.entity = entity;
		this.type = entity.name();
	}

	String record() {
		List<String> components = new ArrayList<>(List.of("Long id"));
		entity.fields().forEach(field -> components.add(field.type() + " " + field.name()));
		List<String> names = new ArrayList<>(List.of("newId"));
		entity.fields().forEach(field -> names.add(field.name()));
		return header(imports(false)) + """
				/** A %s. */
				public record %s(%s) {

					/** The same %s under another id. */
					public %s withId(Long newId) {
						return new %s(%s);
					}

				}
				""".formatted(entity.phrase(), type, String.join(", ", components), entity.phrase(), type, type,
				String.join(", ", names));
	}

	String repository() {
		String search = String.join(" || ",
				entity.fields().stream().map(field -> "matches(item." + field.name() + "(), needle)").toList());
		return header(List.of("java.util.Comparator", "java.util.List", "java.util.Locale", "java.util.Map",
				"java.util.Optional", "java.util.concurrent.ConcurrentHashMap",
				"java.util.concurrent.atomic.AtomicLong", "org.springframework.stereotype.Repository"))
				+ """
						/** %ss kept in memory; replace with a database-backed repository when they must survive a restart. */
						@Repository
						public class %sRepository {

							private final Map<Long, %s> items = new ConcurrentHashMap<>();

							private final AtomicLong ids = new AtomicLong();

							public List<%s> findAll() {
								return items.values().stream().sorted(Comparator.comparing(%s::id)).toList();
							}

							public Optional<%s> findById(long id) {
								return Optional.ofNullable(items.get(id));
							}

							/** Stores the item, giving it the next id when it has none. */
							public %s save(%s item) {
								%s saved = item.id() == null ? item.withId(ids.incrementAndGet()) : item;
								items.put(saved.id(), saved);
								return saved;
							}

							public boolean deleteById(long id) {
								return items.remove(id) != null;
							}

							public void deleteAll() {
								items.clear();
							}

							/** The items with the text in any field, ignoring case; all of them for empty text. */
							public List<%s> search(String text) {
								String needle = text == null ? "" : text.toLowerCase(Locale.ROOT);
								return findAll().stream().filter(item -> needle.isEmpty() || %s).toList();
							}

							private static boolean matches(Object value, String needle) {
								return value != null && String.valueOf(value).toLowerCase(Locale.ROOT).contains(needle);
							}

						}
						"""
					.formatted(type, type, type, type, type, type, type, type, type, type, search);
	}

	String controller() {
		String base = spec.pathPrefix(entity) + "/" + entity.path();
		StringBuilder extras = new StringBuilder();
		Set<String> used = new HashSet<>(Set.of("list", "get", "create", "update", "delete"));
		for (EndpointSpec endpoint : spec.extraEndpoints(entity)) {
			extras.append(extra(endpoint, used));
		}
		return header(List.of("java.net.URI", "java.util.List", "org.springframework.http.ResponseEntity",
				"org.springframework.web.bind.annotation.DeleteMapping",
				"org.springframework.web.bind.annotation.GetMapping",
				"org.springframework.web.bind.annotation.PatchMapping",
				"org.springframework.web.bind.annotation.PathVariable",
				"org.springframework.web.bind.annotation.PostMapping",
				"org.springframework.web.bind.annotation.PutMapping",
				"org.springframework.web.bind.annotation.RequestBody",
				"org.springframework.web.bind.annotation.RequestMapping",
				"org.springframework.web.bind.annotation.RequestParam",
				"org.springframework.web.bind.annotation.RestController"))
				+ """
						/** The %s resource at {@code %s}. */
						@RestController
						@RequestMapping("%s")
						public class %sController {

							private final %sRepository repository;

							public %sController(%sRepository repository) {
								this.repository = repository;
							}

							@GetMapping
							public List<%s> list() {
								return repository.findAll();
							}

							@GetMapping("/{id}")
							public ResponseEntity<%s> get(@PathVariable("id") long id) {
								return ResponseEntity.of(repository.findById(id));
							}

							@PostMapping
							public ResponseEntity<%s> create(@RequestBody %s item) {
								%s saved = repository.save(item.withId(null));
								return ResponseEntity.created(URI.create("%s/" + saved.id())).body(saved);
							}

							@PutMapping("/{id}")
							public ResponseEntity<%s> update(@PathVariable("id") long id, @RequestBody %s item) {
								if (repository.findById(id).isEmpty()) {
									return ResponseEntity.notFound().build();
								}
								return ResponseEntity.ok(repository.save(item.withId(id)));
							}

							@DeleteMapping("/{id}")
							public ResponseEntity<Void> delete(@PathVariable("id") long id) {
								return repository.deleteById(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
							}
						%s
						}
						"""
					.formatted(entity.phrase(), base, base, type, type, type, type, type, type, type, type, type, base,
							type, type, extras);
	}

	private String extra(EndpointSpec endpoint, Set<String> used) {
		List<String> variables = new ArrayList<>();
		Matcher variable = VARIABLE.matcher(endpoint.rest());
		while (variable.find()) {
			variables.add(variable.group(1));
		}
		List<String> words = Names.words(VARIABLE.matcher(endpoint.rest()).replaceAll(" "));
		String literal = words.isEmpty() ? "" : Names.fieldName(String.join(" ", words));
		if (literal.endsWith("Value") && !words.contains("value")) {
			literal = literal.substring(0, literal.length() - "Value".length()) + type;
		}
		String name = literal.isEmpty() ? endpoint.method().toLowerCase(java.util.Locale.ROOT) + type : literal;
		String unique = name;
		for (int n = 2; !used.add(unique); n++) {
			unique = name + n;
		}
		String annotation = switch (endpoint.method()) {
			case "POST" -> "PostMapping";
			case "PUT" -> "PutMapping";
			case "PATCH" -> "PatchMapping";
			case "DELETE" -> "DeleteMapping";
			default -> "GetMapping";
		};
		List<String> parameters = new ArrayList<>();
		for (int i = 0; i < variables.size(); i++) {
			String javaName = i == 0 ? "id" : Names.fieldName(variables.get(i)) + "Key";
			parameters.add("@PathVariable(\"" + variables.get(i) + "\") " + (i == 0 ? "long " : "String ") + javaName);
		}
		String body;
		String returns;
		if (!variables.isEmpty()) {
			returns = endpoint.method().equals("DELETE") ? "ResponseEntity<Void>" : "ResponseEntity<" + type + ">";
			body = endpoint.method().equals("DELETE")
					? "return repository.deleteById(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();"
					: "return ResponseEntity.of(repository.findById(id));";
		}
		else if (endpoint.method().equals("GET")) {
			parameters.add("@RequestParam(name = \"q\", defaultValue = \"\") String text");
			returns = "List<" + type + ">";
			body = "return repository.search(text);";
		}
		else if (endpoint.method().equals("DELETE")) {
			returns = "ResponseEntity<Void>";
			body = "repository.deleteAll();\n\t\treturn ResponseEntity.noContent().build();";
		}
		else {
			parameters.add("@RequestBody " + type + " item");
			returns = "ResponseEntity<" + type + ">";
			body = "return ResponseEntity.ok(repository.save(item.withId(null)));";
		}
		return """

					/** {@code %s %s} */
					@%s("%s")
					public %s %s(%s) {
						%s
					}
				""".formatted(endpoint.method(), endpoint.path(), annotation, endpoint.rest(), returns, unique,
				String.join(", ", parameters), body);
	}

	String tests() {
		String sample = "new " + type + "(null"
				+ String.join("", entity.fields().stream().map(field -> ", " + sampleValue(field)).toList()) + ")";
		List<String> imports = new ArrayList<>(imports(true));
		imports.add("org.junit.jupiter.api.Test");
		imports.add("org.springframework.http.ResponseEntity");
		return header(imports) + """
				class %sControllerTests {

					private final %sController controller = new %sController(new %sRepository());

					@Test
					void createdItemsAreListedAndFound() {
						ResponseEntity<%s> created = controller.create(sample());

						assertEquals(201, created.getStatusCode().value());
						%s item = created.getBody();
						assertNotNull(item.id());
						assertEquals(1, controller.list().size());
						assertEquals(item, controller.get(item.id()).getBody());
					}

					@Test
					void updatedItemsKeepTheirId() {
						%s item = controller.create(sample()).getBody();

						ResponseEntity<%s> updated = controller.update(item.id(), sample());

						assertEquals(200, updated.getStatusCode().value());
						assertEquals(item.id(), updated.getBody().id());
					}

					@Test
					void deletedItemsAreGone() {
						%s item = controller.create(sample()).getBody();

						assertEquals(204, controller.delete(item.id()).getStatusCode().value());
						assertEquals(404, controller.get(item.id()).getStatusCode().value());
					}

					@Test
					void aMissingItemIsNotFound() {
						assertEquals(404, controller.get(999).getStatusCode().value());
						assertEquals(404, controller.delete(999).getStatusCode().value());
					}

					private static %s sample() {
						return %s;
					}

				}
				""".formatted(type, type, type, type, type, type, type, type, type, type, sample);
	}

	private List<String> imports(boolean forTests) {
		Set<String> imports = new TreeSet<>();
		for (FieldSpec field : entity.fields()) {
			if (field.type().equals("BigDecimal")) {
				imports.add("java.math.BigDecimal");
			}
			if (field.type().equals("LocalDate")) {
				imports.add("java.time.LocalDate");
			}
		}
		if (forTests) {
			imports.add("static org.junit.jupiter.api.Assertions.assertEquals");
			imports.add("static org.junit.jupiter.api.Assertions.assertNotNull");
		}
		return new ArrayList<>(imports);
	}

	private String header(List<String> imports) {
		StringBuilder header = new StringBuilder("package ").append(spec.packageName()).append(";\n\n");
		imports.stream().sorted().forEach(line -> header.append("import ").append(line).append(";\n"));
		return header.append(imports.isEmpty() ? "" : "\n").toString();
	}

	private static String sampleValue(FieldSpec field) {
		return switch (field.type()) {
			case "int" -> "1";
			case "long" -> "1L";
			case "double" -> "1.5";
			case "boolean" -> "true";
			case "BigDecimal" -> "new BigDecimal(\"9.99\")";
			case "LocalDate" -> "LocalDate.of(2024, 1, 31)";
			default -> "\"" + field.name() + "-1\"";
		};
	}

}
