package com.digitalbank.platform.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.digitalbank.platform.correlation.CorrelationId;
import jakarta.servlet.RequestDispatcher;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Builds every problem the platform answers, so that MVC handlers, filters and the
 * security entry point all produce the same shape:
 * {@code type, title, status, detail, code,
 * correlationId} and, for validation, {@code errors[]}.
 */
public final class Problems {

	public static final String CODE = "code";

	public static final String CORRELATION_ID = "correlationId";

	public static final String ERRORS = "errors";

	private static final String TYPE_BASE = "https://docs.digitalbank.example/problems/";

	/**
	 * How much of a detail is kept: enough for any message the platform or a service
	 * writes, so that a value from the request (an id of megabytes) is never echoed
	 * whole.
	 */
	static final int MAX_DETAIL = 300;

	/** How much of the request path an {@code instance} keeps. */
	static final int MAX_INSTANCE = 200;

	private Problems() {
	}

	public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		return decorate(problem, code);
	}

	public static ProblemDetail of(HttpStatusCode status, String code, String detail, List<FieldError> errors) {
		ProblemDetail problem = of(status, code, detail);
		if (!errors.isEmpty()) {
			problem.setProperty(ERRORS, errors);
		}
		return problem;
	}

	/**
	 * Adds the code, its type URI and the correlation id to a problem Spring already
	 * built.
	 */
	public static ProblemDetail decorate(ProblemDetail problem, String code) {
		problem.setDetail(capped(problem.getDetail()));
		problem.setInstance(instance(problem.getInstance()));
		problem.setType(URI.create(TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-')));
		problem.setProperty(CODE, code);
		problem.setProperty(CORRELATION_ID, CorrelationId.current());
		return problem;
	}

	private static String capped(String detail) {
		return detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL) + "…";
	}

	/**
	 * The given instance or the current request's path, cut to {@link #MAX_INSTANCE}
	 * characters (never inside an escape), because Spring MVC would otherwise fill in the
	 * whole path, however long.
	 */
	private static URI instance(URI given) {
		String path = given != null ? given.getRawPath() : currentPath();
		if (path == null) {
			return given;
		}
		if (path.length() > MAX_INSTANCE) {
			path = path.substring(0, MAX_INSTANCE);
			int escape = path.lastIndexOf('%');
			if (escape > MAX_INSTANCE - 3) {
				path = path.substring(0, escape);
			}
		}
		try {
			return URI.create(path);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String currentPath() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return null;
		}
		// On the error dispatch the request's URI is the error page's; the caller's is
		// kept.
		Object original = attributes.getRequest().getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return original instanceof String uri ? uri : attributes.getRequest().getRequestURI();
	}

	/** The problem as an ordered map, for writers that do not go through Spring MVC. */
	public static Map<String, Object> asMap(ProblemDetail problem) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			body.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		return body;
	}

}
