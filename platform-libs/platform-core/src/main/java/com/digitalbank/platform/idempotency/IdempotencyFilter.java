package com.digitalbank.platform.idempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.digitalbank.platform.problem.ProblemResponseWriter;
import com.digitalbank.platform.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Applies {@code Idempotency-Key} to every POST that carries one. Keys are scoped to the
 * caller, so two users can never collide. Business outcomes (2xx, 404, 409, 422) are
 * stored and replayed; input the service refused and unexpected failures release the key.
 */
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	static final String REPLAYED_HEADER = "Idempotent-Replayed";

	/**
	 * Request attribute holding the {@link IdempotencyStore.Claim} of the running
	 * request.
	 */
	static final String CLAIM_ATTRIBUTE = IdempotencyFilter.class.getName() + ".claim";

	/** Request attribute set when the effect's own transaction stored the response. */
	static final String COMPLETED_ATTRIBUTE = IdempotencyFilter.class.getName() + ".completed";

	private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

	private static final List<String> REPLAYED_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG);

	private static final int CLAIM_ATTEMPTS = 3;

	private final IdempotencyStore store;

	private final ProblemResponseWriter problems;

	IdempotencyFilter(IdempotencyStore store, ProblemResponseWriter problems) {
		this.store = store;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER);
		if (!VALID_KEY.matcher(key).matches()) {
			problems.write(response, Problems.of(HttpStatus.BAD_REQUEST, IdempotencyCodes.INVALID_IDEMPOTENCY_KEY,
					"Idempotency-Key must be 1 to 255 visible ASCII characters."));
			return;
		}
		CachedBodyRequest cached = new CachedBodyRequest(request);
		String id = caller() + "#" + key;
		String hash = hash(request, cached.body());
		for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
			Optional<IdempotencyStore.Claim> claim = store.claim(id, hash);
			if (claim.isPresent()) {
				run(claim.get(), cached, response, chain);
				return;
			}
			Optional<IdempotencyRecord> existing = store.find(id);
			if (existing.isPresent()) {
				answerFrom(existing.get(), hash, response);
				return;
			}
			// Released or expired between our claim and our read: claim again.
		}
		inProgress(response);
	}

	private void run(IdempotencyStore.Claim claim, CachedBodyRequest request, HttpServletResponse response,
			FilterChain chain) throws IOException, ServletException {
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		request.setAttribute(CLAIM_ATTRIBUTE, claim);
		try {
			chain.doFilter(request, wrapper);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			store.release(claim);
			throw ex;
		}
		boolean storedWithEffect = Boolean.TRUE.equals(request.getAttribute(COMPLETED_ATTRIBUTE));
		if (!storedWithEffect && isBusinessOutcome(wrapper.getStatus())) {
			store.complete(claim, stored(wrapper));
		}
		else if (!storedWithEffect) {
			store.release(claim);
		}
		wrapper.copyBodyToResponse();
	}

	private void answerFrom(IdempotencyRecord existing, String hash, HttpServletResponse response) throws IOException {
		if (!existing.requestHash().equals(hash)) {
			problems.write(response,
					Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, IdempotencyCodes.IDEMPOTENCY_KEY_REUSED,
							"This Idempotency-Key was already used with a different request."));
		}
		else if (!existing.completed()) {
			inProgress(response);
		}
		else {
			replay(existing.response(), response);
		}
	}

	private void inProgress(HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, "1");
		problems.write(response, Problems.of(HttpStatus.CONFLICT, IdempotencyCodes.REQUEST_IN_PROGRESS,
				"A request with this Idempotency-Key is still being processed. Retry shortly."));
	}

	private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
		response.setStatus(stored.status());
		if (stored.contentType() != null) {
			response.setContentType(stored.contentType());
		}
		stored.headers().forEach(response::setHeader);
		response.setHeader(REPLAYED_HEADER, "true");
		response.setContentLength(stored.body().length);
		response.getOutputStream().write(stored.body());
	}

	static boolean isBusinessOutcome(int status) {
		return (status >= 200 && status < 300) || status == 404 || status == 409 || status == 422;
	}

	private static StoredResponse stored(ContentCachingResponseWrapper response) {
		Map<String, String> headers = new HashMap<>();
		for (String name : REPLAYED_HEADERS) {
			String value = response.getHeader(name);
			if (value != null) {
				headers.put(name, value);
			}
		}
		return new StoredResponse(response.getStatus(), response.getContentType(), headers,
				response.getContentAsByteArray());
	}

	private static String caller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated() ? authentication.getName() : "anonymous";
	}

	/**
	 * Method, path, query and body: the same key with any of them changed is another
	 * request.
	 */
	static String hash(HttpServletRequest request, byte[] body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((request.getMethod() + ' ' + request.getRequestURI() + '?'
					+ (request.getQueryString() == null ? "" : request.getQueryString()) + '\n')
				.getBytes(StandardCharsets.UTF_8));
			digest.update(body);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
