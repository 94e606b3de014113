package com.digitalbank.platform.externalid;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import com.digitalbank.platform.problem.ProblemCode;
import com.digitalbank.platform.problem.ProblemCodes;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * The annotated String is an id from outside and must have the {@link ExternalIdFormat}:
 * on a {@code @PathVariable} or {@code @RequestParam} (Spring MVC validates it before the
 * handler runs) or on a field of a {@code @Valid} request body. A request whose only
 * violations are of this constraint answers 400 {@code INVALID_PARAMETER} with
 * {@code errors[]} naming each input. Null is valid: add {@code @NotBlank} where the id
 * is required.
 */
@Documented
@Constraint(validatedBy = ExternalIdValidator.class)
@ProblemCode(ProblemCodes.INVALID_PARAMETER)
@Target({ METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE })
@Retention(RUNTIME)
public @interface ExternalId {

	String message() default "must be " + ExternalIdFormat.DESCRIPTION;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
