package com.digitalbank.platform.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
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

	private static boolean isProblem(ApiResponse response) {
		return response != null && response.getContent() != null
				&& response.getContent().containsKey("application/problem+json");
	}

	/** For a walk over the document that calls each operation. */
	public OpenAPI model() {
		return this.openApi;
	}

}
