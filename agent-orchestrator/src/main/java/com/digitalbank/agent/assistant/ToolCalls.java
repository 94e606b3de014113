package com.digitalbank.agent.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the tools did in one turn: the tools called, in order, and the action prepared,
 * which the turn then holds for the user's confirmation. The MCP server keeps one per
 * call.
 */
public final class ToolCalls {

	private final List<String> used = new ArrayList<>();

	private final boolean spanish;

	private PendingAction prepared;

	public ToolCalls(boolean spanish) {
		this.spanish = spanish;
	}

	void used(String tool) {
		used.add(tool);
	}

	void prepared(PendingAction action) {
		prepared = action;
	}

	boolean spanish() {
		return spanish;
	}

	public List<String> used() {
		return List.copyOf(used);
	}

	public Optional<PendingAction> prepared() {
		return Optional.ofNullable(prepared);
	}

}
