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
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Applies {@code Idempotency-Key} to every POST that carries one. Keys are scoped to the
 * caller, so two users can never collide. Business outcomes (2xx, 404, 409, 422) are
 * stored and replayed; input the service refused and unexpected failures release the key.
 * The key is claimed by {@link IdempotencyInterceptor} once the handler is known; this
 * filter captures the response and stores it afterwards.
 */
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	/** Request attribute holding the {@link RequestKey} of the running request. */
	static final String KEY_ATTRIBUTE = IdempotencyFilter.class.getName() + ".key";

	/**
	 * Request attribute holding the {@link IdempotencyStore.Claim} of the running
	 * request.
	 */
	static final String CLAIM_ATTRIBUTE = IdempotencyFilter.class.getName() + ".claim";

	private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

	private static final List<String> REPLAYED_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG);

	/** The caller-scoped key and the fingerprint of the request made under it. */
	record RequestKey(String id, String requestHash) {
	}

	private final IdempotencyStore store;

	private final IdempotentAnswers answers;

	private final ProblemResponseWriter problems;

	IdempotencyFilter(IdempotencyStore store, IdempotentAnswers answers, ProblemResponseWriter problems) {
		this.store = store;
		this.answers = answers;
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
		cached.setAttribute(KEY_ATTRIBUTE, new RequestKey(caller() + "#" + key, hash(request, cached.body())));
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(cached, wrapper);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (cached.getAttribute(CLAIM_ATTRIBUTE) instanceof IdempotencyStore.Claim claim) {
				store.release(claim);
			}
			throw ex;
		}
		if (cached.getAttribute(CLAIM_ATTRIBUTE) instanceof IdempotencyStore.Claim claim) {
			finish(claim, cached, wrapper);
		}
		wrapper.copyBodyToResponse();
	}

	/**
	 * Stores a business outcome and releases the key otherwise. A success of an
	 * unreserved claim was stored by the effect's own transaction. When the key turns out
	 * to be someone else's (the effect's transaction said so, or an unreserved claim
	 * could not store its refusal), the request is answered as the one that took it.
	 */
	private void finish(IdempotencyStore.Claim claim, HttpServletRequest request,
			ContentCachingResponseWrapper response) throws IOException, ServletException {
		boolean taken = request
			.getAttribute(DispatcherServlet.EXCEPTION_ATTRIBUTE) instanceof IdempotencyKeyTakenException;
		if (!taken && !claim.reserved() && isSuccess(response.getStatus())) {
			return;
		}
		if (!taken && isBusinessOutcome(response.getStatus())) {
			taken = !store.complete(claim, stored(response)) && !claim.reserved();
		}
		else if (!taken) {
			store.release(claim);
		}
		if (taken) {
			// The body only: headers such as the correlation id stay.
			response.resetBuffer();
			Optional<IdempotencyRecord> existing = store.find(claim.id());
			if (existing.isPresent()) {
				answers.answerFrom(existing.get(), claim.requestHash(), request, response);
			}
			else {
				answers.inProgress(response);
			}
		}
	}

	static boolean isBusinessOutcome(int status) {
		return isSuccess(status) || status == 404 || status == 409 || status == 422;
	}

	private static boolean isSuccess(int status) {
		return status >= 200 && status < 300;
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
