package com.digitalbank.agent.builder.web;

import java.util.List;

import com.digitalbank.agent.builder.Template;
import io.swagger.v3.oas.annotations.media.Schema;

/** A template in full: what it makes and what of the requirements it honours. */
@Schema(requiredProperties = { "templateId", "name", "description", "projectType", "language", "honours", "example" })
record TemplateResponse(@Schema(example = "spring-boot-api") String templateId,
		@Schema(example = "Spring Boot REST API") String name, String description,
		@Schema(example = "CONTAINER_SERVICE") String projectType, @Schema(example = "java") String language,
		List<String> honours, String example) {

	static TemplateResponse from(Template template) {
		return new TemplateResponse(template.templateId(), template.name(), template.description(),
				template.projectType().name(), template.language(), template.honours(), template.example());
	}

}
