package com.digitalbank.platform.correlation;

import java.io.IOException;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Forwards the current correlation id on every outgoing call made with a
 * {@code RestClient}.
 */
class CorrelationIdInterceptor implements ClientHttpRequestInterceptor {

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		String id = CorrelationId.current();
		if (id != null && !request.getHeaders().containsHeader(CorrelationId.HEADER)) {
			request.getHeaders().set(CorrelationId.HEADER, id);
		}
		return execution.execute(request, body);
	}

}
