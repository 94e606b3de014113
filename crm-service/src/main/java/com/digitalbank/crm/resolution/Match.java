package com.digitalbank.crm.resolution;

/**
 * How sure a resolution is. Only {@code EXACT} and {@code CONFIDENT} name one person to
 * act on; {@code AMBIGUOUS} lists the close candidates for the user to choose from, and
 * {@code NONE} found nobody close.
 */
public enum Match {

	/** The words are exactly one contact's alias or full name. */
	EXACT,
	/** One contact clearly stands out from every other. */
	CONFIDENT,
	/** Several contacts are close, or the only one is not close enough to act on. */
	AMBIGUOUS,
	/** Nobody is close. */
	NONE

}
