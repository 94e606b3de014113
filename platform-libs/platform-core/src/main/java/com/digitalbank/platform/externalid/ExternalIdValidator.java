package com.digitalbank.platform.externalid;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link ExternalId}; public because Bean Validation instantiates it.
 */
public class ExternalIdValidator implements ConstraintValidator<ExternalId, CharSequence> {

	@Override
	public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
		return value == null || ExternalIdFormat.isValid(value);
	}

}
