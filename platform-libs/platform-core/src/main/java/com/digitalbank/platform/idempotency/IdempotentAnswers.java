package com.digitalbank.platform.idempotency;

import java.io.IOException;
import java.net.URI;

import com.digitalbank.platform.problem.ProblemResponseWriter;
import com.digitalbank.platform.problem.Problems;
import jakarta.servlet.ServletException;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.DispatcherServlet;

/** How a request is answered when its key was used before: as that request was. */
class IdempotentAnswers {

	static final String REPLAYED_HEADER = "Idempotent-Replayed";

	private final ProblemResponseWriter problems;

	private final ObjectProvider<DispatcherServlet> dispatcherServlet;

	IdempotentAnswers(ProblemResponseWriter problems, ObjectProvider<DispatcherServlet> dispatcherServlet) {
		this.problems = problems;
		this.dispatcherServlet = dispatcherServlet;
	}

	/** The stored response, 422 for another request under the key, 409 while it runs. */
	void answerFrom(IdempotencyRecord existing, String requestHash, HttpServletRequest request,
			HttpServletResponse response) throws IOException, ServletException {
		if (!existing.requestHash().equals(requestHash)) {
			problems.write(response,
					Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, IdempotencyCodes.IDEMPOTENCY_KEY_REUSED,
							"This Idempotency-Key was already used with a different request."));
		}
		else if (!existing.completed()) {
			inProgress(response);
		}
		else if (existing.response().rendersFromLocation()) {
			replayFromLocation(existing.response(), request, response);
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

	/**
	 * The created resource as the service's own GET renders it, under the stored status
	 * and location. A GET that fails (the resource is gone) is answered as it is. The GET
	 * runs through the dispatcher servlet directly, not a servlet forward, which would
	 * commit the response before the filter copies the captured body into it.
	 */
	private void replayFromLocation(StoredResponse stored, HttpServletRequest request, HttpServletResponse response)
			throws IOException, ServletException {
		stored.headers().forEach(response::setHeader);
		response.setHeader(REPLAYED_HEADER, "true");
		// Replaces what the request answered before (409 for a taken key).
		response.setStatus(stored.status());
		dispatcherServlet.getObject()
			.service(new GetRequest(request, URI.create(stored.headers().get(HttpHeaders.LOCATION))),
					new StoredStatusResponse(response, stored.status()));
	}

	/**
	 * Keeps the stored status when the GET succeeds: the servlet container commits the
	 * response when a forward ends, so it cannot be set afterwards.
	 */
	private static final class StoredStatusResponse extends HttpServletResponseWrapper {

		private final int status;

		StoredStatusResponse(HttpServletResponse response, int status) {
			super(response);
			this.status = status;
		}

		@Override
		public void setStatus(int sc) {
			super.setStatus(sc >= 200 && sc < 300 ? status : sc);
		}

	}

	/** The replayed request as a GET of the location, without a body. */
	private static final class GetRequest extends HttpServletRequestWrapper {

		private final URI location;

		GetRequest(HttpServletRequest request, URI location) {
			super(request);
			this.location = location;
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public String getRequestURI() {
			return getContextPath() + location.getRawPath();
		}

		@Override
		public StringBuffer getRequestURL() {
			return new StringBuffer(getScheme() + "://" + getServerName() + ":" + getServerPort() + getRequestURI());
		}

		@Override
		public String getServletPath() {
			return location.getPath();
		}

		@Override
		public String getPathInfo() {
			return null;
		}

		@Override
		public String getQueryString() {
			return location.getRawQuery();
		}

		@Override
		public int getContentLength() {
			return 0;
		}

		@Override
		public long getContentLengthLong() {
			return 0;
		}

		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public ServletInputStream getInputStream() {
			return new ServletInputStream() {

				@Override
				public int read() {
					return -1;
				}

				@Override
				public boolean isFinished() {
					return true;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("A replayed GET has no body to read");
				}

			};
		}

	}

}
