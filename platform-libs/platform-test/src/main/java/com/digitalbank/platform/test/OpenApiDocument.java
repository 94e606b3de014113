package com.digitalbank.platform.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's {@code /v3/api-docs}, parsed and validated by swagger-parser, with what a
 * generated client needs of every operation: its documented success code and its errors
 * as problem JSON.
 */
public final class OpenApiDocument {

	private static final List<String> ALWAYS_PROBLEMS = List.of("400", "401", "403", "500");

	private final OpenAPI openApi;

	private OpenApiDocument(OpenAPI openApi) {
		this.openApi = openApi;
	}

	/** Fails on any message of the validator. */
	public static OpenApiDocument validated(String json) {
		ParseOptions options = new ParseOptions();
		options.setResolve(false);
		SwaggerParseResult result = new OpenAPIParser().readContents(json, null, options);
		assertThat(result.getMessages()).as("swagger-parser validation").isEmpty();
		assertThat(result.getOpenAPI()).isNotNull();
		return new OpenApiDocument(result.getOpenAPI());
	}

	/** One line per operation: {@code METHOD path}. */
	public Map<String, Operation> operations() {
		Map<String, Operation> operations = new TreeMap<>();
		if (this.openApi.getPaths() == null) {
			return operations;
		}
		this.openApi.getPaths()
			.forEach((path, item) -> item.readOperationsMap()
				.forEach((method, operation) -> operations.put(method + " " + path, operation)));
		return operations;
	}

	/** The 2xx codes an operation documents. */
	public static List<String> successCodes(Operation operation) {
		return operation.getResponses().keySet().stream().filter((code) -> code.startsWith("2")).toList();
	}

	/**
	 * Fails for an operation without a documented 2xx with a body or without its errors
	 * as problem JSON.
	 */
	public void assertEveryOperationDocumentsSuccessAndProblems() {
		List<String> failures = new ArrayList<>();
		operations().forEach((name, operation) -> {
			if (successCodes(operation).isEmpty()) {
				failures.add(name + ": no documented 2xx");
			}
			operation.getResponses().forEach((code, response) -> {
				if (code.startsWith("2") && response.getContent() != null && response.getContent().containsKey("*/*")) {
					failures.add(name + " " + code + ": */* instead of a media type");
				}
			});
			ALWAYS_PROBLEMS.forEach((code) -> {
				if (!isProblem(operation.getResponses().get(code))) {
					failures.add(name + " " + code + ": not documented as application/problem+json");
				}
			});
			operation.getResponses().forEach((code, response) -> {
				if (!code.startsWith("2") && !code.startsWith("3") && !isProblem(response)) {
					failures.add(name + " " + code + ": not documented as application/problem+json");
				}
			});
		});
		assertThat(failures).isEmpty();
	}

	private static boolean isProblem(io.swagger.v3.oas.models.responses.ApiResponse response) {
		return response != null && response.getContent() != null
				&& response.getContent().containsKey("application/problem+json");
	}

	/**
	 * Makes the calls in order and fails unless every operation of the document is
	 * called, every answer is a success the operation documents with the media type it
	 * answers, and every documented success is seen.
	 */
	public void assertCallsAnswerTheDocumentedSuccesses(List<Call> calls) {
		Map<String, Operation> operations = operations();
		assertThat(calls.stream().map(Call::operation).distinct().sorted())
			.as("one call at least for each documented operation")
			.containsExactlyElementsOf(operations.keySet());
		Map<String, Set<String>> seen = new TreeMap<>();
		for (Call call : calls) {
			ApiResponse answer = call.request().get();
			String code = String.valueOf(answer.status());
			Operation operation = operations.get(call.operation());
			assertThat(successCodes(operation)).as(call.operation() + " answered " + answer).contains(code);
			if (answer.contentType() != null) {
				assertThat(operation.getResponses().get(code).getContent())
					.as(call.operation() + " " + code + " media type")
					.containsKey(answer.contentType().split(";")[0]);
			}
			assertRequiredPropertiesPresent(call.operation() + " " + code,
					operation.getResponses().get(code).getContent(), answer);
			seen.computeIfAbsent(call.operation(), (key) -> new TreeSet<>()).add(code);
		}
		operations.forEach((name, operation) -> assertThat(seen.get(name)).as(name + " documented successes seen")
			.containsExactlyInAnyOrderElementsOf(successCodes(operation)));
	}

	/**
	 * A property the document marks required is in the answer, at every depth:
	 * {@code required} is a promise a generated client relies on.
	 */
	private void assertRequiredPropertiesPresent(String name, Content content, ApiResponse answer) {
		if (content == null || !content.containsKey("application/json")) {
			return;
		}
		assertRequiredPropertiesPresent(name, content.get("application/json").getSchema(), answer.json("$"));
	}

	private void assertRequiredPropertiesPresent(String path, Schema<?> schema, Object value) {
		Schema<?> model = resolve(schema);
		if (model == null || value == null) {
			return;
		}
		if (value instanceof List<?> list && model.getItems() != null) {
			for (int i = 0; i < list.size(); i++) {
				assertRequiredPropertiesPresent(path + "[" + i + "]", model.getItems(), list.get(i));
			}
		}
		if (value instanceof Map<?, ?> object) {
			if (model.getRequired() != null) {
				List<String> missing = model.getRequired().stream().filter((key) -> !object.containsKey(key)).toList();
				assertThat(missing).as(path + " required properties missing from the answer").isEmpty();
			}
			if (model.getProperties() != null) {
				model.getProperties()
					.forEach((property, propertySchema) -> assertRequiredPropertiesPresent(path + "." + property,
							propertySchema, object.get(property)));
			}
		}
	}

	/**
	 * Fails for an object schema that a success response reaches (at any depth) and that
	 * marks none of its properties required: a generated client would make every field
	 * optional.
	 */
	public void assertEveryResponseObjectDeclaresRequired() {
		Set<String> visited = new TreeSet<>();
		operations().values().forEach((operation) -> operation.getResponses().forEach((code, response) -> {
			if (code.startsWith("2") && response.getContent() != null) {
				response.getContent().values().forEach((media) -> collectObjects(media.getSchema(), visited));
			}
		}));
		List<String> without = visited.stream().filter((name) -> {
			Schema<?> model = this.openApi.getComponents().getSchemas().get(name);
			return model.getProperties() != null && (model.getRequired() == null || model.getRequired().isEmpty());
		}).toList();
		assertThat(without).as("response schemas without required properties").isEmpty();
	}

	private void collectObjects(Schema<?> schema, Set<String> visited) {
		if (schema == null) {
			return;
		}
		if (schema.get$ref() != null) {
			String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
			if (visited.add(name)) {
				collectObjects(this.openApi.getComponents().getSchemas().get(name), visited);
			}
			return;
		}
		collectObjects(schema.getItems(), visited);
		if (schema.getProperties() != null) {
			schema.getProperties().values().forEach((property) -> collectObjects(property, visited));
		}
	}

	private Schema<?> resolve(Schema<?> schema) {
		if (schema == null || schema.get$ref() == null) {
			return schema;
		}
		return this.openApi.getComponents()
			.getSchemas()
			.get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
	}

	/** One call of an operation named {@code METHOD path} as in the document. */
	public record Call(String operation, Supplier<ApiResponse> request) {
	}

}
