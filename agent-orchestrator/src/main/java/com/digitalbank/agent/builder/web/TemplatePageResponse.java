package com.digitalbank.agent.builder.web;

import java.util.List;

import com.digitalbank.agent.builder.Template;
import io.swagger.v3.oas.annotations.media.Schema;

/** Every template. */
@Schema(requiredProperties = "items")
record TemplatePageResponse(List<Summary> items) {

	static TemplatePageResponse from(List<Template> templates) {
		return new TemplatePageResponse(templates.stream()
			.map(template -> new Summary(template.templateId(), template.name(), template.description()))
			.toList());
	}

	/** A template in a list. */
	@Schema(name = "TemplateSummary", requiredProperties = { "templateId", "name", "description" })
	record Summary(@Schema(example = "spring-boot-api") String templateId,
			@Schema(example = "Spring Boot REST API") String name, String description) {

	}

}
