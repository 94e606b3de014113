package com.digitalbank.agent.builder;

/**
 * The four agents. PM and Dev ask the model; each writes its role line first in its
 * system message, which is how the offline model's skills recognise their prompts.
 */
public enum AgentRole {

	PM, DEV, QA, OPS;

	/** The first line of the agent's system message. */
	public String roleLine() {
		return "Role: project-builder " + name();
	}

}
