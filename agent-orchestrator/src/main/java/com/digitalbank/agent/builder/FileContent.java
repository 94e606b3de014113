package com.digitalbank.agent.builder;

import java.nio.charset.StandardCharsets;

/** A file with its text, as Dev writes it and QA and Ops read it. */
public record FileContent(ProjectPath path, String content) {

	public long size() {
		return content.getBytes(StandardCharsets.UTF_8).length;
	}

}
