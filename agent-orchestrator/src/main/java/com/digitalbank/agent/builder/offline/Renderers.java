package com.digitalbank.agent.builder.offline;

import com.digitalbank.agent.builder.TemplateCatalogue;

/** The renderer of each template; an unknown one gets the REST API's. */
final class Renderers {

	private Renderers() {
	}

	static TemplateRenderer of(String templateId) {
		return switch (templateId == null ? "" : templateId) {
			case TemplateCatalogue.STATIC_WEBSITE -> new StaticSiteRenderer();
			case TemplateCatalogue.CLI_TOOL -> new CliToolRenderer();
			default -> new SpringBootApiRenderer();
		};
	}

}
