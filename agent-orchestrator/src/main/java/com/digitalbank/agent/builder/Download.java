package com.digitalbank.agent.builder;

import java.net.URI;
import java.time.Instant;

/** A presigned link to a packaged revision. */
public record Download(URI url, Instant expiresAt, int revision) {

}
