package com.digitalbank.orders.notification;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Renders an e-mail's HTML and plain-text parts with Thymeleaf. The templates are strings
 * (they may come from the bucket), so the engines resolve templates from their source
 * text. Rendering was the largest CPU cost of the e-mail steps (see the README's order
 * benchmark), so: a parsed template is cached under its text (a template changed in the
 * bucket is simply a new entry), and each rendering gets a Spring evaluation context, as
 * Spring MVC's views do; without one, Thymeleaf makes a new context for every expression
 * and looks up each property of the order by reflection again.
 */
@Component
class EmailRenderer {

	private final EmailTemplates templates;

	private final ApplicationContext applicationContext;

	private final TemplateEngine html = engine(TemplateMode.HTML);

	private final TemplateEngine text = engine(TemplateMode.TEXT);

	EmailRenderer(EmailTemplates templates, ApplicationContext applicationContext) {
		this.templates = templates;
		this.applicationContext = applicationContext;
	}

	Rendered render(EmailKind kind, Map<String, Object> variables) {
		Context context = new Context(Locale.ENGLISH, variables);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(applicationContext, null));
		return new Rendered(html.process(templates.html(kind.template()), context),
				text.process(templates.text(kind.template()), context));
	}

	private static TemplateEngine engine(TemplateMode mode) {
		StringTemplateResolver resolver = new StringTemplateResolver();
		resolver.setTemplateMode(mode);
		resolver.setCacheable(true);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

	record Rendered(String html, String text) {
	}

}
