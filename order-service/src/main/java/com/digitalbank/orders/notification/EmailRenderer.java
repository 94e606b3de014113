package com.digitalbank.orders.notification;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Renders an e-mail's HTML and plain-text parts with Thymeleaf. The templates are strings
 * (they may come from the bucket), so the engines resolve templates from their source
 * text.
 */
@Component
class EmailRenderer {

	private final EmailTemplates templates;

	private final TemplateEngine html = engine(TemplateMode.HTML);

	private final TemplateEngine text = engine(TemplateMode.TEXT);

	EmailRenderer(EmailTemplates templates) {
		this.templates = templates;
	}

	Rendered render(EmailKind kind, Map<String, Object> variables) {
		Context context = new Context(Locale.ENGLISH, variables);
		return new Rendered(html.process(templates.html(kind.template()), context),
				text.process(templates.text(kind.template()), context));
	}

	private static TemplateEngine engine(TemplateMode mode) {
		StringTemplateResolver resolver = new StringTemplateResolver();
		resolver.setTemplateMode(mode);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

	record Rendered(String html, String text) {
	}

}
