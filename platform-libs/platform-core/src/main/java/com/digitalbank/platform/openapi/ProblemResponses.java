package com.digitalbank.platform.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Every operation documents the errors the platform answers, all as
 * {@code application/problem+json} with one {@code Problem} schema, so a generated client
 * has a typed error for each: 400, 401, 403 and 500 always; 404 where the path names a
 * resource; 409, 422 and 413 where a body is sent. A response an operation already
 * documents keeps its description and gets the Problem content.
 */
public class ProblemResponses implements OpenApiCustomizer {

	static final String PROBLEM = "Problem";

	static final String PROBLEM_JSON = "application/problem+json";

	/**
	 * In a fixed order, so that the published document (and its snapshot) never churns.
	 */
	private static final SequencedMap<String, String> ALWAYS = new LinkedHashMap<>();

	static {
		ALWAYS.put("400", "VALIDATION_FAILED, MALFORMED_REQUEST, MISSING_HEADER or another bad request");
		ALWAYS.put("401", "UNAUTHORIZED: no valid bearer token");
		ALWAYS.put("403", "FORBIDDEN or INSUFFICIENT_SCOPE: the token may not do this");
		ALWAYS.put("500", "INTERNAL_ERROR: nothing is said about the cause; quote the correlationId");
	}

	@Override
	public void customise(OpenAPI openApi) {
		openApi.getComponents().addSchemas(PROBLEM, problemSchema());
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			ApiResponses responses = operation.getResponses();
			ALWAYS.forEach((code, description) -> addProblem(responses, code, description));
			if (path.contains("{")) {
				addProblem(responses, "404", "Not found, or not the caller's");
			}
			if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
				addProblem(responses, "409", "Conflict with the resource's state, or an Idempotency-Key in use");
				addProblem(responses, "422", "A business rule refused the request");
			}
			if (operation.getRequestBody() != null) {
				addProblem(responses, "413", "PAYLOAD_TOO_LARGE: the body is over the limit");
			}
			responses.forEach((code, response) -> {
				if (code.startsWith("4") || code.startsWith("5")) {
					response.setContent(problemContent());
				}
			});
		}));
	}

	private static void addProblem(ApiResponses responses, String code, String description) {
		if (!responses.containsKey(code)) {
			responses.addApiResponse(code, new ApiResponse().description(description));
		}
	}

	static Content problemContent() {
		return new Content().addMediaType(PROBLEM_JSON,
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
	}

	/** RFC 9457 and the platform's members (see the problem package). */
	static Schema<?> problemSchema() {
		Schema<?> fieldError = new ObjectSchema().addProperty("field", new StringSchema())
			.addProperty("message", new StringSchema())
			.required(List.of("field", "message"));
		return new ObjectSchema().description("RFC 9457 problem details with the platform's members")
			.addProperty("type", new StringSchema().format("uri-reference"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema().format("uri-reference"))
			.addProperty("code", new StringSchema().description("Stable error code, e.g. INSUFFICIENT_FUNDS"))
			.addProperty("correlationId", new StringSchema().description("Also in the X-Correlation-Id header"))
			.addProperty("errors", new ArraySchema().items(fieldError).description("Validation errors, per field"))
			.required(List.of("title", "status", "code", "correlationId"));
	}

}
