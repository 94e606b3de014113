package com.digitalbank.platform.security;

import java.io.IOException;

import com.digitalbank.platform.problem.ProblemCodes;
import com.digitalbank.platform.problem.ProblemResponseWriter;
import com.digitalbank.platform.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorityAuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 as problem JSON, with the {@code WWW-Authenticate} challenge RFC 6750 asks
 * for: {@code INSUFFICIENT_SCOPE} naming the scope when a {@link ScopeRule} refused the
 * token, {@code FORBIDDEN} for any other refusal.
 */
class ProblemAuthenticationHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

	private static final String SCOPE_AUTHORITY = "SCOPE_";

	private final ProblemResponseWriter writer;

	ProblemAuthenticationHandlers(ProblemResponseWriter writer) {
		this.writer = writer;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		boolean invalidToken = exception instanceof InvalidBearerTokenException;
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, invalidToken ? "Bearer error=\"invalid_token\"" : "Bearer");
		writer.write(response, Problems.of(HttpStatus.UNAUTHORIZED, ProblemCodes.UNAUTHORIZED,
				invalidToken ? "The bearer token is invalid or has expired." : "A bearer token is required."));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		String scope = requiredScope(exception);
		if (scope == null) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
			writer.write(response, Problems.of(HttpStatus.FORBIDDEN, ProblemCodes.FORBIDDEN,
					"The token does not allow this operation."));
			return;
		}
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
				"Bearer error=\"insufficient_scope\", scope=\"" + scope + "\"");
		writer.write(response, Problems.of(HttpStatus.FORBIDDEN, ProblemCodes.INSUFFICIENT_SCOPE,
				"This operation needs a token with the scope " + scope + "."));
	}

	/**
	 * The scope a {@link ScopeRule} asked for, when that is why the request was denied.
	 */
	private static String requiredScope(AccessDeniedException exception) {
		if (exception instanceof AuthorizationDeniedException denied
				&& denied.getAuthorizationResult() instanceof AuthorityAuthorizationDecision decision) {
			return decision.getAuthorities()
				.stream()
				.map(GrantedAuthority::getAuthority)
				.filter(authority -> authority.startsWith(SCOPE_AUTHORITY))
				.map(authority -> authority.substring(SCOPE_AUTHORITY.length()))
				.findFirst()
				.orElse(null);
		}
		return null;
	}

}
