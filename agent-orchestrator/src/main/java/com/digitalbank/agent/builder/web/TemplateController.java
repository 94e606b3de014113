package com.digitalbank.agent.builder.web;

import com.digitalbank.agent.builder.TemplateCatalogue;
import com.digitalbank.agent.builder.TemplateNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/templates")
@Tag(name = "Templates", description = "What the builder can make")
class TemplateController {

	@GetMapping
	@Operation(operationId = "listTemplates", summary = "Every template")
	TemplatePageResponse list() {
		return TemplatePageResponse.from(TemplateCatalogue.all());
	}

	@GetMapping("/{templateId}")
	@Operation(operationId = "getTemplate", summary = "One template", description = "Errors: TEMPLATE_NOT_FOUND.")
	TemplateResponse get(@PathVariable @Size(max = 64) String templateId) {
		return TemplateResponse
			.from(TemplateCatalogue.find(templateId).orElseThrow(() -> new TemplateNotFoundException(templateId)));
	}

}
