package com.digitalbank.agent.builder;

import java.time.Instant;

/** A change request, run as the project's next revision. */
public record Modification(String modificationId, String description, int revision, Instant createdAt) {

}
