package com.digitalbank.platform.problem;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a Bean Validation constraint annotation: a request whose violations all come from
 * constraints naming the same code answers with that code instead of
 * {@code VALIDATION_FAILED} (an id out of bounds is {@code INVALID_PARAMETER} wherever it
 * was sent). The {@code errors[]} still name every input; mixed violations stay
 * {@code VALIDATION_FAILED}.
 */
@Documented
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProblemCode {

	String value();

}
