package com.digitalbank.agent.builder;

import java.util.List;
import java.util.Optional;

/**
 * The templates the builder offers. They live in code, beside the offline generator that
 * renders them; the table keeps a copy ({@code TEMPLATE#id}) for whoever reads it there.
 */
public final class TemplateCatalogue {

	public static final String SPRING_BOOT_API = "spring-boot-api";

	public static final String STATIC_WEBSITE = "static-website";

	public static final String CLI_TOOL = "cli-tool";

	private static final List<Template> TEMPLATES = List.of(
			new Template(SPRING_BOOT_API, "Spring Boot REST API",
					"A Java 21 Spring Boot service with a REST resource per entity, in-memory storage and JUnit tests.",
					ProjectType.CONTAINER_SERVICE, "java",
					List.of("entities and their fields", "endpoints (GET/POST/PUT/PATCH/DELETE /path)", "project name"),
					"A library API. Entity Book with fields title, author, year:int. Entity Member with name, email. "
							+ "Endpoints: GET /books, POST /books, GET /books/search, POST /members."),
			new Template(STATIC_WEBSITE, "Static website",
					"An HTML5 site with one page per requested page, a shared stylesheet and a small script.",
					ProjectType.STATIC_SITE, "html", List.of("pages", "site name", "tagline"),
					"A bakery website. Pages: Home, Menu, About, Contact. Tagline: Fresh bread every morning."),
			new Template(CLI_TOOL, "Command-line tool",
					"A Java 21 command-line program with one sub-command per requested command and JUnit tests.",
					ProjectType.COMMAND_LINE, "java", List.of("commands", "tool name"),
					"A todo list tool. Commands: add, list, done, remove."));

	private TemplateCatalogue() {
	}

	public static List<Template> all() {
		return TEMPLATES;
	}

	public static Optional<Template> find(String templateId) {
		return TEMPLATES.stream().filter(template -> template.templateId().equals(templateId)).findFirst();
	}

}
