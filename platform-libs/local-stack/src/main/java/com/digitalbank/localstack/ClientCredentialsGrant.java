package com.digitalbank.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;

/**
 * The OAuth2 client-credentials grant at {@code POST /oauth2/token}, where Cognito serves
 * it, so a service authenticates as itself locally exactly as with a Cognito app client
 * in AWS (Spring Security's OAuth2 client, {@code client_secret_basic} or
 * {@code client_secret_post}). The token's {@code sub} and {@code client_id} are the
 * client id; its scopes are the requested ones, each of which the client must be allowed,
 * or all it is allowed when it asks for none.
 */
final class ClientCredentialsGrant {

	static final String PATH = "/oauth2/token";

	static final Duration TTL = Duration.ofHours(1);

	/** A service client of the dev issuer: its secret and the scopes it may ask for. */
	record DevClient(String secret, Set<String> scopes) {
	}

	/** The platform's service clients; their secrets are public: this is dev only. */
	static final Map<String, DevClient> CLIENTS = Map.of("marketplace-service",
			new DevClient("marketplace-dev-secret", Set.of("payments:write")));

	private final DevIdentityProvider issuer;

	private final Map<String, DevClient> clients;

	ClientCredentialsGrant(DevIdentityProvider issuer, Map<String, DevClient> clients) {
		this.issuer = issuer;
		this.clients = Map.copyOf(clients);
	}

	void handle(HttpExchange exchange) throws IOException {
		if (!"POST".equals(exchange.getRequestMethod())) {
			error(exchange, 405, "invalid_request", "use POST");
			return;
		}
		Map<String, String> form = DevIdentityProvider.query(body(exchange));
		if (!"client_credentials".equals(form.get("grant_type"))) {
			error(exchange, 400, "unsupported_grant_type", "only client_credentials is supported here");
			return;
		}
		String[] credentials = credentials(exchange, form);
		DevClient client = credentials == null ? null : clients.get(credentials[0]);
		if (client == null || !client.secret().equals(credentials[1])) {
			exchange.getResponseHeaders().put("WWW-Authenticate", List.of("Basic realm=\"dev-issuer\""));
			error(exchange, 401, "invalid_client", "unknown client or wrong secret");
			return;
		}
		Set<String> requested = scopes(form.get("scope"));
		if (!client.scopes().containsAll(requested)) {
			error(exchange, 400, "invalid_scope", "the client may ask only for " + client.scopes());
			return;
		}
		String scope = String.join(" ", requested.isEmpty() ? client.scopes() : requested);
		String token = issuer.mintForClient(credentials[0], scope, TTL);
		DevIdentityProvider.send(exchange, 200, "application/json", JSONObjectUtils.toJSONString(
				Map.of("access_token", token, "token_type", "Bearer", "expires_in", TTL.toSeconds(), "scope", scope)));
	}

	/**
	 * From the Basic authorization header, else from the form; null when neither has
	 * them.
	 */
	private static String[] credentials(HttpExchange exchange, Map<String, String> form) {
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
					StandardCharsets.UTF_8);
			String[] pair = decoded.split(":", 2);
			// RFC 6749 2.3.1: both parts are form-urlencoded inside the Basic header.
			return pair.length == 2
					? new String[] { DevIdentityProvider.decode(pair[0]), DevIdentityProvider.decode(pair[1]) } : null;
		}
		String id = form.get("client_id");
		String secret = form.get("client_secret");
		return id == null || secret == null ? null : new String[] { id, secret };
	}

	private static Set<String> scopes(String scope) {
		if (scope == null || scope.isBlank()) {
			return Set.of();
		}
		return new LinkedHashSet<>(Arrays.asList(scope.trim().split("\\s+")));
	}

	private static String body(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
		}
	}

	private static void error(HttpExchange exchange, int status, String code, String description) throws IOException {
		DevIdentityProvider.send(exchange, status, "application/json",
				JSONObjectUtils.toJSONString(Map.of("error", code, "error_description", description)));
	}

}
