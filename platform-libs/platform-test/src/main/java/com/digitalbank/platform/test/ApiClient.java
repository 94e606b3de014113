package com.digitalbank.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Calls a running service over real HTTP, as a client would. Immutable: {@link #as} and
 * {@link #header} return a new client.
 */
public final class ApiClient {

	private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final String baseUrl;

	private final Map<String, String> headers;

	private ApiClient(String baseUrl, Map<String, String> headers) {
		this.baseUrl = baseUrl;
		this.headers = Map.copyOf(headers);
	}

	public static ApiClient on(int port) {
		return new ApiClient("http://localhost:" + port, Map.of());
	}

	/** The same client with a token for this user and tenant, with every scope. */
	public ApiClient as(String userId, String tenantId) {
		return header("Authorization", TestTokens.bearer(userId, tenantId));
	}

	/** The same client with a token carrying only these space-separated scopes. */
	public ApiClient as(String userId, String tenantId, String scopes) {
		return header("Authorization", "Bearer " + TestTokens.withScopes(userId, tenantId, scopes));
	}

	public ApiClient as(String userId) {
		return as(userId, null);
	}

	public ApiClient header(String name, String value) {
		Map<String, String> copy = new LinkedHashMap<>(headers);
		copy.put(name, value);
		return new ApiClient(baseUrl, copy);
	}

	public ApiResponse get(String path) {
		return send(request(path).GET());
	}

	public ApiResponse delete(String path) {
		return send(request(path).DELETE());
	}

	public ApiResponse post(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	public ApiResponse put(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	/**
	 * Any method, body and content type: for the requests a well-behaved client never
	 * sends.
	 */
	public ApiResponse send(String method, String path, String contentType, String body) {
		HttpRequest.Builder builder = request(path).method(method,
				body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			builder.header("Content-Type", contentType);
		}
		return send(builder);
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
		headers.forEach(builder::header);
		return builder;
	}

	private static ApiResponse send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new ApiResponse(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
