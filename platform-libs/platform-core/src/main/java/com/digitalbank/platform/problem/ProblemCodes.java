package com.digitalbank.platform.problem;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.DatabindException;

/** The stable codes of the platform's own problems and which failure gets which. */
public final class ProblemCodes {

	public static final String VALIDATION_FAILED = "VALIDATION_FAILED";

	public static final String MALFORMED_REQUEST = "MALFORMED_REQUEST";

	public static final String INVALID_PARAMETER = "INVALID_PARAMETER";

	public static final String MISSING_PARAMETER = "MISSING_PARAMETER";

	public static final String MISSING_HEADER = "MISSING_HEADER";

	public static final String NOT_FOUND = "NOT_FOUND";

	public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";

	public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";

	public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";

	public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";

	public static final String UNAUTHORIZED = "UNAUTHORIZED";

	public static final String FORBIDDEN = "FORBIDDEN";

	public static final String INSUFFICIENT_SCOPE = "INSUFFICIENT_SCOPE";

	public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

	private ProblemCodes() {
	}

	static String forException(Exception ex, HttpStatusCode status) {
		return switch (ex) {
			case MissingRequestHeaderException ignored -> MISSING_HEADER;
			case MissingServletRequestParameterException ignored -> MISSING_PARAMETER;
			case org.springframework.beans.TypeMismatchException ignored -> INVALID_PARAMETER;
			case NoResourceFoundException ignored -> NOT_FOUND;
			case NoHandlerFoundException ignored -> NOT_FOUND;
			case HttpRequestMethodNotSupportedException ignored -> METHOD_NOT_ALLOWED;
			case HttpMediaTypeNotSupportedException ignored -> UNSUPPORTED_MEDIA_TYPE;
			case HttpMediaTypeNotAcceptableException ignored -> NOT_ACCEPTABLE;
			case MaxUploadSizeExceededException ignored -> PAYLOAD_TOO_LARGE;
			default -> forStatus(status.value());
		};
	}

	/**
	 * What a client reads about one of Spring MVC's own failures: the missing header or
	 * parameter by name, the status's reason otherwise.
	 */
	static String detail(Exception ex, HttpStatusCode status) {
		return switch (ex) {
			case MissingRequestHeaderException missing ->
				"The header '" + missing.getHeaderName() + "' is required and was not sent.";
			case MissingServletRequestParameterException missing ->
				"The query parameter '" + missing.getParameterName() + "' is required and was not sent.";
			default -> HttpStatus.valueOf(status.value()).getReasonPhrase();
		};
	}

	/**
	 * A code for a bare status, for errors that reach the platform without an exception.
	 */
	public static String forStatus(int status) {
		return switch (status) {
			case 400 -> MALFORMED_REQUEST;
			case 401 -> UNAUTHORIZED;
			case 403 -> FORBIDDEN;
			case 404 -> NOT_FOUND;
			case 405 -> METHOD_NOT_ALLOWED;
			case 406 -> NOT_ACCEPTABLE;
			case 413 -> PAYLOAD_TOO_LARGE;
			case 415 -> UNSUPPORTED_MEDIA_TYPE;
			default -> {
				HttpStatus known = HttpStatus.resolve(status);
				yield known != null ? known.name() : (status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST);
			}
		};
	}

	static boolean isPayloadTooLarge(Throwable ex) {
		return cause(ex, PayloadTooLargeException.class) != null;
	}

	/**
	 * The first exception of the type in the cause chain, or null: a business rule broken
	 * while Spring converted or Jackson read the request (a typed id refusing its value)
	 * is found behind the conversion or parsing failure that wraps it.
	 */
	static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	static ProblemDetail payloadTooLarge() {
		return Problems.of(HttpStatus.CONTENT_TOO_LARGE, PAYLOAD_TOO_LARGE, "The request body is too large.");
	}

	/** Where the JSON parser knows which field had the wrong type, say so. */
	static List<FieldError> jsonFieldErrors(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
				return List.of(new FieldError(path(databind), "has the wrong type or format"));
			}
		}
		return List.of();
	}

	private static String path(DatabindException ex) {
		StringBuilder path = new StringBuilder();
		for (var reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

}
