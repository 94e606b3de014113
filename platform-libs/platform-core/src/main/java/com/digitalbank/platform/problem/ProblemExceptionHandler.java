package com.digitalbank.platform.problem;

import java.util.List;

import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every exception that leaves a controller into a problem response. Spring MVC's
 * own exceptions keep their status and get a stable code; business rules map by their
 * kind, also when one was broken while the request was converted or read (a typed id
 * refusing its value); anything unexpected is logged with its stack trace and answered as
 * a bare 500.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

	@ExceptionHandler(BusinessException.class)
	ResponseEntity<ProblemDetail> handleBusiness(BusinessException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.valueOf(ex.kind().status()), ex.code(), ex.getMessage());
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> handleConstraintViolation(ConstraintViolationException ex) {
		List<FieldError> errors = ex.getConstraintViolations()
			.stream()
			.map(violation -> new FieldError(lastNode(violation.getPropertyPath().toString()), violation.getMessage()))
			.toList();
		String code = Violations.code(ex.getConstraintViolations().stream());
		return ResponseEntity.badRequest()
			.body(Problems.of(HttpStatus.BAD_REQUEST, code, "The request is not valid.", errors));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> handleAccessDenied(AccessDeniedException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(Problems.of(HttpStatus.FORBIDDEN, ProblemCodes.FORBIDDEN, "You may not do this."));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> handleUnexpected(Exception ex) {
		if (ProblemCodes.isPayloadTooLarge(ex)) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(ProblemCodes.payloadTooLarge());
		}
		log.error("Unexpected failure", ex);
		return ResponseEntity.internalServerError()
			.body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, ProblemCodes.INTERNAL_ERROR,
					"Something went wrong on our side. Quote the correlation id if you contact us."));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getBindingResult()
			.getAllErrors()
			.stream()
			.map(error -> new FieldError(error instanceof org.springframework.validation.FieldError field
					? field.getField() : error.getObjectName(), error.getDefaultMessage()))
			.toList();
		return invalid(ex, headers, request, Violations.codeOfErrors(ex.getBindingResult().getAllErrors().stream()),
				errors);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new FieldError(parameterName(result.getMethodParameter().getParameterName(), error),
						error.getDefaultMessage())))
			.toList();
		return invalid(ex, headers, request, Violations.codeOfResults(ex.getParameterValidationResults().stream()),
				errors);
	}

	/** Names the parameter, and never echoes a value that may be megabytes long. */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		BusinessException refused = ProblemCodes.cause(ex, BusinessException.class);
		ProblemDetail problem = refused != null
				? Problems.of(HttpStatus.valueOf(refused.kind().status()), refused.code(), refused.getMessage(),
						List.of(new FieldError(ex.getPropertyName(), refused.getMessage())))
				: Problems.of(HttpStatus.BAD_REQUEST, ProblemCodes.INVALID_PARAMETER,
						"A parameter has the wrong type or format.",
						List.of(new FieldError(ex.getPropertyName(), "has the wrong type or format")));
		return handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ProblemCodes.isPayloadTooLarge(ex)) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(ProblemCodes.payloadTooLarge());
		}
		BusinessException refused = ProblemCodes.cause(ex, BusinessException.class);
		ProblemDetail problem = refused != null
				? Problems.of(HttpStatus.valueOf(refused.kind().status()), refused.code(), refused.getMessage(),
						ProblemCodes.jsonFieldErrors(ex))
				: Problems.of(HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_REQUEST,
						"The request body is missing or is not valid JSON of the expected shape.",
						ProblemCodes.jsonFieldErrors(ex));
		return handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ProblemDetail problem = body instanceof ProblemDetail detail ? detail
				: ProblemDetail.forStatusAndDetail(statusCode, ProblemCodes.detail(ex, statusCode));
		if (problem.getProperties() == null || !problem.getProperties().containsKey(Problems.CODE)) {
			Problems.decorate(problem, ProblemCodes.forException(ex, statusCode));
		}
		if (statusCode.is5xxServerError()) {
			log.error("Request failed", ex);
		}
		return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
	}

	private ResponseEntity<Object> invalid(Exception ex, HttpHeaders headers, WebRequest request, String code,
			List<FieldError> errors) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, code, "The request is not valid.", errors);
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	private static String parameterName(String parameter, org.springframework.context.MessageSourceResolvable error) {
		if (error instanceof org.springframework.validation.FieldError field) {
			return field.getField();
		}
		return parameter;
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return dot >= 0 ? path.substring(dot + 1) : path;
	}

}
