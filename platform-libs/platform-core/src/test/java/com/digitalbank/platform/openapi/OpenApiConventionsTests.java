package com.digitalbank.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiConventionsTests {

	@Test
	void everyOperationDocumentsItsProblemsAsProblemJson() {
		OpenAPI openApi = document();

		new ProblemResponses().customise(openApi);

		ApiResponses create = openApi.getPaths().get("/things").getPost().getResponses();
		ApiResponses get = openApi.getPaths().get("/things/{id}").getGet().getResponses();
		assertThat(create).containsKeys("201", "400", "401", "403", "409", "413", "422", "500")
			.doesNotContainKey("404");
		assertThat(get).containsKeys("200", "400", "401", "403", "404", "500").doesNotContainKeys("409", "413");
		assertThat(get.get("404").getContent()).containsOnlyKeys("application/problem+json");
		assertThat(create.get("422").getDescription()).isEqualTo("THING_REFUSED");
		assertThat(create.get("422").getContent().get("application/problem+json").getSchema().get$ref())
			.isEqualTo("#/components/schemas/Problem");
		assertThat(openApi.getComponents().getSchemas().get("Problem").getProperties()).containsKeys("type", "title",
				"status", "detail", "instance", "code", "correlationId", "errors");
	}

	@Test
	void documentsJsonTheHeadersAndAnIdempotencyKeyWithoutAFixedExample() {
		OpenAPI openApi = document();

		new HeaderConventions().customise(openApi);

		Operation create = openApi.getPaths().get("/things").getPost();
		ApiResponse created = create.getResponses().get("201");
		assertThat(created.getContent()).containsOnlyKeys("application/json");
		assertThat(created.getHeaders()).containsKeys("X-Correlation-Id", "Location", "Idempotent-Replayed");
		assertThat(openApi.getPaths().get("/things/{id}").getGet().getResponses().get("200").getHeaders())
			.containsOnlyKeys("X-Correlation-Id");
		assertThat(create.getParameters().getFirst().getSchema().getType()).isEqualTo("string");
		assertThat(create.getParameters().getFirst().getExample()).isNull();
		assertThat(create.getParameters().getFirst().getDescription()).contains("New for every operation");
	}

	private static OpenAPI document() {
		Content any = new Content().addMediaType("*/*", new MediaType().schema(new ObjectSchema()));
		Operation create = new Operation()
			.addParametersItem(new HeaderParameter().name("Idempotency-Key").example("fixed"))
			.requestBody(new RequestBody().content(any))
			.responses(new ApiResponses().addApiResponse("201", new ApiResponse().description("Created").content(any))
				.addApiResponse("422", new ApiResponse().description("THING_REFUSED").content(any)));
		Operation get = new Operation()
			.responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK").content(any)));
		return new OpenAPI().components(new Components())
			.paths(new Paths().addPathItem("/things", new PathItem().post(create))
				.addPathItem("/things/{id}", new PathItem().get(get)));
	}

}
