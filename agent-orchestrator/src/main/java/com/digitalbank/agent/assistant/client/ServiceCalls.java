package com.digitalbank.agent.assistant.client;

import java.util.function.Supplier;

import com.digitalbank.agent.assistant.ServiceRefusedException;
import com.digitalbank.agent.assistant.ServiceUnavailableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One rule for every call to another service: a circuit breaker per service (Resilience4j
 * instance {@code assistant-<service>}); a 4xx is a definite answer (its problem's code
 * becomes {@link ServiceRefusedException}, and does not count against the circuit); a
 * refused connection, a timeout, a 5xx or an open circuit is
 * {@link ServiceUnavailableException}.
 */
@Component
class ServiceCalls {

	private final CircuitBreakerRegistry circuitBreakers;

	private final JsonMapper json;

	ServiceCalls(CircuitBreakerRegistry circuitBreakers, JsonMapper json) {
		this.circuitBreakers = circuitBreakers;
		this.json = json;
	}

	<T> T call(String service, Supplier<T> call) {
		CircuitBreaker circuitBreaker = circuitBreakers.circuitBreaker("assistant-" + service);
		try {
			return circuitBreaker.executeSupplier(() -> {
				try {
					return call.get();
				}
				catch (RestClientResponseException response) {
					if (response.getStatusCode().is4xxClientError()) {
						throw refusal(response);
					}
					throw response;
				}
			});
		}
		catch (ServiceRefusedException refused) {
			throw refused;
		}
		catch (CallNotPermittedException | RestClientException unavailable) {
			throw new ServiceUnavailableException(service, unavailable);
		}
	}

	private ServiceRefusedException refusal(RestClientResponseException response) {
		String code = "HTTP_" + response.getStatusCode().value();
		String detail = response.getStatusText();
		try {
			JsonNode problem = json.readTree(response.getResponseBodyAsString());
			code = problem.path("code").asString(code);
			detail = problem.path("detail").asString(detail);
		}
		catch (JacksonException notProblem) {
			// Keep the status: a refusal without a problem body is still a refusal.
		}
		return new ServiceRefusedException(response.getStatusCode().value(), code, detail);
	}

}
