package com.digitalbank.platform.idempotency;

import java.io.IOException;

import com.digitalbank.platform.problem.ProblemResponseWriter;
import com.digitalbank.platform.problem.Problems;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** How a request is answered when its key was used before: as that request was. */
class IdempotentAnswers {

	static final String REPLAYED_HEADER = "Idempotent-Replayed";

	private final ProblemResponseWriter problems;

	IdempotentAnswers(ProblemResponseWriter problems) {
		this.problems = problems;
	}

	/** The stored response, 422 for another request under the key, 409 while it runs. */
	void answerFrom(IdempotencyRecord existing, String requestHash, HttpServletResponse response) throws IOException {
		if (!existing.requestHash().equals(requestHash)) {
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

	void inProgress(HttpServletResponse response) throws IOException {
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

}
