package com.digitalbank.platform.problem;

/** One entry of a problem's {@code errors[]}: which input was wrong and why. */
public record FieldError(String field, String message) {
}
