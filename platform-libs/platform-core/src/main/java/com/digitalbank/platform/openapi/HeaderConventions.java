package com.digitalbank.platform.openapi;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * What the platform's filters do to every exchange, written into the document: responses
 * are {@code application/json} (springdoc says {@code *}{@code /*}), every response
 * carries {@code X-Correlation-Id}, a 201 or 202 its {@code Location}, and a POST that
 * takes an {@code Idempotency-Key} answers {@code Idempotent-Replayed} on a replay. The
 * key itself is a string with no example: Swagger UI would otherwise send the same fixed
 * key on every "Execute" and silently get the first answer back.
 */
public class HeaderConventions implements OpenApiCustomizer {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	static final String IDEMPOTENCY_KEY_DESCRIPTION = "New for every operation you intend (a fresh UUID): "
			+ "a retry with the same key and body replays the first answer and does nothing twice; "
			+ "the same key with another body answers 422.";

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			boolean idempotent = describeIdempotencyKey(operation) && method == PathItem.HttpMethod.POST;
			operation.getResponses().forEach((code, response) -> {
				response.setContent(json(response.getContent()));
				addHeader(response, "X-Correlation-Id", "The request's correlation id, also in problem JSON");
				if (code.equals("201") || code.equals("202")) {
					addHeader(response, "Location", "Where the resource can be read");
				}
				if (idempotent && code.startsWith("2")) {
					addHeader(response, "Idempotent-Replayed", "true when this is the first answer replayed");
				}
			});
		}));
	}

	private static boolean describeIdempotencyKey(Operation operation) {
		if (operation.getParameters() == null) {
			return false;
		}
		boolean found = false;
		for (Parameter parameter : operation.getParameters()) {
			if (IDEMPOTENCY_KEY.equalsIgnoreCase(parameter.getName()) && "header".equals(parameter.getIn())) {
				parameter.schema(new StringSchema().maxLength(255)).description(IDEMPOTENCY_KEY_DESCRIPTION);
				parameter.setExample(null);
				parameter.setExamples(null);
				found = true;
			}
		}
		return found;
	}

	private static Content json(Content content) {
		if (content == null || !content.containsKey("*/*")) {
			return content;
		}
		Content replaced = new Content();
		content.forEach((type, media) -> replaced.addMediaType(type.equals("*/*") ? "application/json" : type, media));
		return replaced;
	}

	private static void addHeader(ApiResponse response, String name, String description) {
		Map<String, Header> headers = (response.getHeaders() != null) ? response.getHeaders() : new LinkedHashMap<>();
		headers.putIfAbsent(name, new Header().description(description).schema(new Schema<>().type("string")));
		response.setHeaders(headers);
	}

}
