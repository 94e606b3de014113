package com.digitalbank.agent.builder;

import java.util.List;

/** A page of a user's projects, newest first. */
public record ProjectPage(List<Project> items, String nextCursor) {

	public static final int MAX_LIMIT = 100;

}
