package com.digitalbank.platform.test;

import java.net.http.HttpHeaders;

import com.jayway.jsonpath.JsonPath;

/** A response as the client saw it, with JSON path reads for assertions. */
public record ApiResponse(int status, HttpHeaders headers, String body) {

	/** A value of the JSON body, for example {@code json("$.code")}. */
	public <T> T json(String path) {
		return JsonPath.read(body, path);
	}

	public String header(String name) {
		return headers.firstValue(name).orElse(null);
	}

	public String contentType() {
		return header("Content-Type");
	}

	@Override
	public String toString() {
		return status + " " + body;
	}

}
