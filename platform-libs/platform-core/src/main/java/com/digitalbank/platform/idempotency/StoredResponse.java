package com.digitalbank.platform.idempotency;

import java.util.Map;

import org.springframework.http.HttpHeaders;

/**
 * The first response to a key, replayed with its meaningful headers: byte for byte, or,
 * when {@code body} is null, as the representation at its {@code Location} (a resource
 * created in its effect's transaction).
 */
public record StoredResponse(int status, String contentType, Map<String, String> headers, byte[] body) {

	public StoredResponse {
		headers = Map.copyOf(headers);
	}

	static StoredResponse created(int status, String location) {
		return new StoredResponse(status, null, Map.of(HttpHeaders.LOCATION, location), null);
	}

	boolean rendersFromLocation() {
		return body == null && headers.containsKey(HttpHeaders.LOCATION);
	}

}
