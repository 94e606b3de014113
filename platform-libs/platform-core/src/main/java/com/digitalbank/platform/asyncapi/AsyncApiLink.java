package com.digitalbank.platform.asyncapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Points the OpenAPI description (the top of Swagger UI) at the AsyncAPI document, so a
 * reader of the HTTP API finds the service's events too.
 */
class AsyncApiLink implements OpenApiCustomizer {

	static final String TEXT = "Events: the queues this service reads and writes are described in AsyncAPI 3 at ["
			+ AsyncApiController.PATH + "](" + AsyncApiController.PATH + "), to read in a browser at ["
			+ AsyncApiController.PAGE + "](" + AsyncApiController.PAGE + ").";

	@Override
	public void customise(OpenAPI openApi) {
		Info info = openApi.getInfo() != null ? openApi.getInfo() : new Info();
		String description = info.getDescription();
		if (description == null || description.isBlank()) {
			info.setDescription(TEXT);
		}
		else if (!description.contains(TEXT)) {
			info.setDescription(description + "\n\n" + TEXT);
		}
		openApi.setInfo(info);
	}

}
