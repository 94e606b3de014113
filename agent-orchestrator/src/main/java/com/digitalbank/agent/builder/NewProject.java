package com.digitalbank.agent.builder;

/** What a user asks for: a name, a template and the requirements in their own words. */
public record NewProject(String name, String templateId, String requirements) {

	/**
	 * Characters of requirements, or of a change request: enough for a page of detail.
	 */
	public static final int MAX_REQUIREMENTS = 20_000;

}
