package com.digitalbank.agent.builder.web;

import java.time.Instant;

import com.digitalbank.agent.builder.Modification;
import io.swagger.v3.oas.annotations.media.Schema;

/** A change request accepted: it runs as the project's {@code revision}. */
@Schema(requiredProperties = { "modificationId", "projectId", "revision", "status", "createdAt" })
record ModificationResponse(@Schema(example = "mod-3f2a9b1c") String modificationId, String projectId,
		@Schema(example = "2") int revision, @Schema(example = "CREATED") String status, Instant createdAt) {

	static ModificationResponse from(String projectId, Modification modification) {
		return new ModificationResponse(modification.modificationId(), projectId, modification.revision(), "CREATED",
				modification.createdAt());
	}

}
