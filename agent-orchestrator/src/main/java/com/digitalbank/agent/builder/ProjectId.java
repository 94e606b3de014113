package com.digitalbank.agent.builder;

import java.time.Instant;
import java.util.UUID;

import com.digitalbank.platform.externalid.ExternalIdFormat;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A project's id, e.g. {@code prj-mi9x2k4c-3f2a9b1c}: the creation time in base 36 first,
 * so ids sort by age.
 */
public record ProjectId(@JsonValue String value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public ProjectId {
		ExternalIdFormat.check("project id", value);
	}

	public static ProjectId newAt(Instant now) {
		String random = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		return new ProjectId("prj-" + Long.toString(now.toEpochMilli(), 36) + "-" + random);
	}

	@Override
	public String toString() {
		return value;
	}

}
