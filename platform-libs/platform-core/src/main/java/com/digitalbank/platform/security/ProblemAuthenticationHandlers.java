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
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 as problem JSON, with the {@code WWW-Authenticate} challenge RFC 6750 asks
 * for.
 */
class ProblemAuthenticationHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

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
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
		writer.write(response,
				Problems.of(HttpStatus.FORBIDDEN, ProblemCodes.FORBIDDEN, "The token does not allow this operation."));
	}

}
