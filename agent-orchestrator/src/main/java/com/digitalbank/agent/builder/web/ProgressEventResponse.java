package com.digitalbank.agent.builder.web;

import java.time.Instant;

import com.digitalbank.agent.builder.ProgressEvent;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The {@code data} of one server-sent event; the event's {@code id} is {@code id} and its
 * name is {@code type}.
 */
@Schema(name = "ProgressEvent", requiredProperties = { "id", "type", "status", "revision", "message", "at" })
record ProgressEventResponse(String id, @Schema(example = "AGENT_FINISHED") String type,
		@Schema(example = "DEV") String agent, @Schema(example = "TESTING") String status, int revision, String message,
		Instant at) {

	static ProgressEventResponse from(ProgressEvent event) {
		return new ProgressEventResponse(event.id(), event.type(), event.agent(),
				event.status() == null ? null : event.status().name(), event.revision(), event.message(), event.at());
	}

}
