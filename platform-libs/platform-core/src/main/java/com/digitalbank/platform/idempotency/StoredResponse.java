package com.digitalbank.platform.idempotency;

import java.util.Map;

/** The first response to a key, replayed byte for byte with its meaningful headers. */
public record StoredResponse(int status, String contentType, Map<String, String> headers, byte[] body) {

	public StoredResponse {
		headers = Map.copyOf(headers);
	}

}
