package com.digitalbank.platform.security;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/**
 * Calls another service as the user whose request is being served: the request's own
 * bearer token goes out unchanged, so the other service applies the user's scopes and
 * ownership rules. Outside a user's request (a queue listener) nothing is added and the
 * other service answers 401: work done on nobody's behalf must use a token of its own
 * (client credentials).
 */
public class BearerTokenForwarding implements ClientHttpRequestInterceptor {

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof AbstractOAuth2TokenAuthenticationToken<?> token
				&& !request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
			request.getHeaders().setBearerAuth(token.getToken().getTokenValue());
		}
		return execution.execute(request, body);
	}

}
