package com.digitalbank.platform.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Boot's error page: whatever reaches {@code /error} (a servlet container
 * rejection, an error raised in a filter) is answered as problem JSON like everything
 * else.
 */
@RestController
class ProblemErrorController implements ErrorController {

	@RequestMapping(path = "${server.error.path:${error.path:/error}}", produces = {
			MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE })
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Object attribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = attribute instanceof Integer code && HttpStatus.resolve(code) != null
				? HttpStatus.valueOf(code) : HttpStatus.INTERNAL_SERVER_ERROR;
		Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (exception instanceof Throwable thrown && ProblemCodes.isPayloadTooLarge(thrown)) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(ProblemCodes.payloadTooLarge());
		}
		String detail = status.is5xxServerError() ? "Something went wrong on our side." : status.getReasonPhrase();
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(status, ProblemCodes.forStatus(status.value()), detail));
	}

}
