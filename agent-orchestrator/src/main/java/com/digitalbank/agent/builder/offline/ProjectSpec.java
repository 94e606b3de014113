package com.digitalbank.agent.builder.offline;

import java.util.List;

/**
 * What the requirements ask for, as far as the offline model understands them.
 *
 * @param packageName the Java package of generated code
 * @param classPrefix the prefix of the application's own classes
 */
record ProjectSpec(String name, String slug, String packageName, String classPrefix, String tagline,
		List<EntitySpec> entities, List<EndpointSpec> endpoints, List<String> pages, List<String> commands) {

	String packagePath() {
		return packageName.replace('.', '/');
	}

	/** The requested endpoints a resource serves beyond its CRUD routes. */
	List<EndpointSpec> extraEndpoints(EntitySpec entity) {
		return endpoints.stream()
			.filter(endpoint -> endpoint.resource().equals(entity.path()))
			.filter(endpoint -> !endpoint.isCrud())
			.toList();
	}

	/** The path prefix before resource segments ({@code /api}), or empty. */
	String pathPrefix(EntitySpec entity) {
		return endpoints.stream()
			.filter(endpoint -> endpoint.resource().equals(entity.path()))
			.map(EndpointSpec::prefix)
			.findFirst()
			.orElse("");
	}

	/** A field of an entity: a Java name and type. */
	record FieldSpec(String name, String type) {

	}

	/** An entity and its fields (the id is implicit). */
	record EntitySpec(String name, List<FieldSpec> fields) {

		String path() {
			return Names.resourcePath(name);
		}

		String phrase() {
			return Names.phrase(name);
		}

		String variable() {
			return Names.fieldName(name);
		}

	}

	/**
	 * An endpoint as requested: {@code GET /api/books/{id}/reviews}.
	 *
	 * @param prefix segments before the resource ({@code /api}), or empty
	 * @param resource the resource segment ({@code books})
	 * @param rest the path after the resource ({@code /{id}/reviews}), or empty
	 */
	record EndpointSpec(String method, String path, String prefix, String resource, String rest) {

		boolean isCrud() {
			boolean collection = rest.isEmpty();
			boolean item = rest.matches("/\\{[^/}]+}");
			return switch (method) {
				case "GET" -> collection || item;
				case "POST" -> collection;
				case "PUT", "DELETE", "PATCH" -> item;
				default -> false;
			};
		}

	}

}
