package com.digitalbank.agent.builder;

import java.util.List;

/**
 * A kind of project the builder makes.
 *
 * @param projectType how Ops deploys it
 * @param example requirements that show what the template honours
 */
public record Template(String templateId, String name, String description, ProjectType projectType, String language,
		List<String> honours, String example) {

}
