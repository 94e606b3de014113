package com.digitalbank.platform.problem;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolation;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterValidationResult;

/**
 * Which code a set of validation errors answers with: the {@link ProblemCode} their
 * constraints agree on, {@code VALIDATION_FAILED} otherwise.
 */
final class Violations {

	private Violations() {
	}

	static String code(Stream<? extends ConstraintViolation<?>> violations) {
		Set<String> codes = violations.map(Violations::codeOf).collect(Collectors.toSet());
		return codes.size() == 1 && !codes.contains(null) ? codes.iterator().next() : ProblemCodes.VALIDATION_FAILED;
	}

	static String codeOfErrors(Stream<ObjectError> errors) {
		return code(errors.map(Violations::violation));
	}

	static String codeOfResults(Stream<ParameterValidationResult> results) {
		return code(results
			.flatMap(result -> result.getResolvableErrors().stream().map(error -> violation(result, error))));
	}

	private static ConstraintViolation<?> violation(ObjectError error) {
		return error.contains(ConstraintViolation.class) ? error.unwrap(ConstraintViolation.class) : null;
	}

	private static ConstraintViolation<?> violation(ParameterValidationResult result, MessageSourceResolvable error) {
		try {
			return result.unwrap(error, ConstraintViolation.class);
		}
		catch (IllegalArgumentException ex) {
			// Not raised by Bean Validation (a type mismatch): no code of its own.
			return null;
		}
	}

	private static String codeOf(ConstraintViolation<?> violation) {
		if (violation == null) {
			return null;
		}
		ProblemCode code = violation.getConstraintDescriptor()
			.getAnnotation()
			.annotationType()
			.getAnnotation(ProblemCode.class);
		return code == null ? null : code.value();
	}

}
