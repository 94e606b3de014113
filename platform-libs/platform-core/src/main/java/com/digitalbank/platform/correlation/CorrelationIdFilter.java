package com.digitalbank.platform.correlation;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/** Accepts or creates the request's correlation id and echoes it on the response. */
class CorrelationIdFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try (CorrelationId.Scope scope = CorrelationId.open(request.getHeader(CorrelationId.HEADER))) {
			response.setHeader(CorrelationId.HEADER, CorrelationId.current());
			chain.doFilter(request, response);
		}
	}

}
