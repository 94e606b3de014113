package com.digitalbank.platform.problem;

import java.io.IOException;
import java.io.Writer;

import com.digitalbank.platform.correlation.CorrelationId;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's error page as problem JSON. Tomcat answers some requests itself before any
 * filter or controller sees them (a URL with an encoded {@code /} or a {@code ..} that
 * climbs out of the root, a request line or headers over the size limit); its own valve
 * would answer those with an HTML page.
 */
final class ProblemErrorReportValve extends ErrorReportValve {

	private final ProblemResponseWriter writer;

	ProblemErrorReportValve(ProblemResponseWriter writer) {
		this.writer = writer;
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		try (CorrelationId.Scope scope = CorrelationId.open(CorrelationId.newId())) {
			String body = writer.json(problem(status));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.setHeader(CorrelationId.HEADER, CorrelationId.current());
			Writer reporter = response.getReporter();
			if (reporter != null) {
				reporter.write(body);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The connection is gone or the response already committed: nothing to tell.
		}
	}

	private static ProblemDetail problem(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		HttpStatus resolved = known != null ? known : HttpStatus.INTERNAL_SERVER_ERROR;
		String detail = switch (status) {
			case 400 -> "The request could not be read: its URL may be too long or hold an encoded '/' or '..'.";
			case 413, 414, 431 -> "The request's URL or headers are too large.";
			default -> resolved.is5xxServerError() ? "Something went wrong on our side." : resolved.getReasonPhrase();
		};
		return Problems.of(resolved, ProblemCodes.forStatus(resolved.value()), detail);
	}

}
