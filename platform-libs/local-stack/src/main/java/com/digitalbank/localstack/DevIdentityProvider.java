package com.digitalbank.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;

import com.icegreen.greenmail.util.GreenMail;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for Cognito locally: publishes a JWK set, mints RS256 tokens with the claims
 * the services read ({@code sub}, {@code tenant_id}, {@code scope}, {@code email}),
 * answers the client-credentials grant of service clients
 * ({@link ClientCredentialsGrant}) and shows the mail that GreenMail received. The
 * signing key lives only as long as this process.
 */
public final class DevIdentityProvider implements AutoCloseable {

	public static final String JWKS_PATH = "/.well-known/jwks.json";

	public static final String DEFAULT_SCOPES = "banking marketplace crm orders agent";

	private static final Duration DEFAULT_TTL = Duration.ofHours(8);

	private final RSAKey signingKey;

	private final String issuer;

	private final HttpServer server;

	private DevIdentityProvider(RSAKey signingKey, String issuer, HttpServer server) {
		this.signingKey = signingKey;
		this.issuer = issuer;
		this.server = server;
	}

	static DevIdentityProvider start(String host, int port, GreenMail mail) throws IOException, JOSEException {
		RSAKey key = new RSAKeyGenerator(2048).keyID("dev-" + UUID.randomUUID()).generate();
		HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
		DevIdentityProvider provider = new DevIdentityProvider(key, "http://" + host + ":" + port, server);
		MailViewer mailViewer = new MailViewer(mail);
		server.createContext(JWKS_PATH,
				exchange -> send(exchange, 200, "application/json", new JWKSet(key.toPublicJWK()).toString()));
		server.createContext("/token", provider::handleToken);
		server.createContext(ClientCredentialsGrant.PATH,
				new ClientCredentialsGrant(provider, ClientCredentialsGrant.CLIENTS)::handle);
		server.createContext("/mail", mailViewer::handle);
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.start();
		return provider;
	}

	public String issuer() {
		return issuer;
	}

	/** A signed access token for the user and tenant, valid for eight hours. */
	public String mint(String userId, String tenantId, String scopes) {
		return mint(userId, tenantId, scopes, DEFAULT_TTL);
	}

	public String mint(String userId, String tenantId, String scopes, Duration ttl) {
		return sign(userId, tenantId, scopes, ttl, Map.of("email", userId + "@dev.digitalbank.example"));
	}

	/**
	 * A token a service gets for itself: {@code sub} and {@code client_id} are its client
	 * id.
	 */
	String mintForClient(String clientId, String scopes, Duration ttl) {
		return sign(clientId, null, scopes, ttl, Map.of("client_id", clientId));
	}

	private String sign(String subject, String tenantId, String scopes, Duration ttl, Map<String, Object> extra) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer)
			.subject(subject)
			.issueTime(Date.from(now))
			.notBeforeTime(Date.from(now.minusSeconds(5)))
			.expirationTime(Date.from(now.plus(ttl)))
			.jwtID(UUID.randomUUID().toString())
			.claim("scope", scopes)
			.claim("token_use", "access");
		extra.forEach(claims::claim);
		if (tenantId != null && !tenantId.isBlank()) {
			claims.claim("tenant_id", tenantId);
		}
		try {
			SignedJWT jwt = new SignedJWT(
					new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(), claims.build());
			jwt.sign(new RSASSASigner(signingKey));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not sign a dev token", ex);
		}
	}

	private void handleToken(HttpExchange exchange) throws IOException {
		Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
		String user = query.get("user");
		if (user == null || user.isBlank()) {
			send(exchange, 400, "application/json",
					"{\"error\":\"invalid_request\",\"error_description\":\"user is required\"}");
			return;
		}
		String token = mint(user, query.get("tenant"), query.getOrDefault("scope", DEFAULT_SCOPES));
		Map<String, Object> body = Map.of("access_token", token, "token_type", "Bearer", "expires_in",
				DEFAULT_TTL.toSeconds());
		send(exchange, 200, "application/json", JSONObjectUtils.toJSONString(body));
	}

	static Map<String, String> query(String rawQuery) {
		Map<String, String> result = new HashMap<>();
		if (rawQuery == null) {
			return result;
		}
		Arrays.stream(rawQuery.split("&"))
			.map(pair -> pair.split("=", 2))
			.filter(pair -> pair.length == 2)
			.forEach(pair -> result.put(decode(pair[0]), decode(pair[1])));
		return result;
	}

	static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().put("Content-Type", List.of(contentType + "; charset=utf-8"));
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
