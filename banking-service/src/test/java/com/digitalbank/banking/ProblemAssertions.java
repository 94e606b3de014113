package com.digitalbank.banking;

import com.digitalbank.platform.test.PlatformWebMvcTest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** What a client relies on in a problem response of a {@link PlatformWebMvcTest}. */
public final class ProblemAssertions {

	private ProblemAssertions() {
	}

	/**
	 * Problem JSON with this status, in the header and the body, and this stable code.
	 */
	public static void assertProblem(MvcTestResult result, HttpStatus status, String code) {
		assertThat(result).hasStatus(status)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("{\"status\":%d,\"code\":\"%s\"}".formatted(status.value(), code));
	}

}
