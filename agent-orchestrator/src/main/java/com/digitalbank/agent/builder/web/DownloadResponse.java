package com.digitalbank.agent.builder.web;

import java.time.Instant;

import com.digitalbank.agent.builder.Download;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A presigned link to the packaged project; it works without a token until it expires.
 */
@Schema(requiredProperties = { "url", "expiresAt", "revision" })
record DownloadResponse(String url, Instant expiresAt, @Schema(example = "1") int revision) {

	static DownloadResponse from(Download download) {
		return new DownloadResponse(download.url().toString(), download.expiresAt(), download.revision());
	}

}
