package com.digitalbank.agent.builder;

import java.time.Instant;

/**
 * A generated file's description; its content is read on its own.
 *
 * @param revision the revision that last wrote it
 */
public record ProjectFile(String path, long size, String sha256, int revision, Instant updatedAt) {

}
