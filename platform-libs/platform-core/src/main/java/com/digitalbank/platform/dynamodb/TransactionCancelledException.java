package com.digitalbank.platform.dynamodb;

import java.util.List;
import java.util.Objects;

/**
 * DynamoDB cancelled a {@link WriteTransaction}: nothing of it was written.
 * {@link #failures()} names each item that failed, by its tag, with DynamoDB's reason
 * code ({@code ConditionalCheckFailed}, {@code TransactionConflict}, ...).
 */
public class TransactionCancelledException extends RuntimeException {

	public static final String CONDITION_FAILED = "ConditionalCheckFailed";

	public static final String CONFLICT = "TransactionConflict";

	/** One item that failed, with the tag it was added with. */
	public record Failure(Object tag, String code) {

		public boolean conditionFailed() {
			return CONDITION_FAILED.equals(code);
		}

	}

	private final transient List<Failure> failures;

	TransactionCancelledException(List<Failure> failures, Throwable cause) {
		super("DynamoDB transaction cancelled: " + failures.stream().map(Failure::code).toList(), cause, false, false);
		this.failures = List.copyOf(failures);
	}

	/** Empty when DynamoDB gave no reasons (then nothing is known about the cause). */
	public List<Failure> failures() {
		return failures;
	}

	/** Whether the item added with this tag is one whose condition failed. */
	public boolean conditionFailed(Object tag) {
		return failures.stream().anyMatch(failure -> failure.conditionFailed() && Objects.equals(failure.tag(), tag));
	}

	/**
	 * Whether it failed only because concurrent transactions held its items: nothing was
	 * decided, so the same transaction may simply be tried again.
	 */
	public boolean onlyConflicts() {
		return !failures.isEmpty() && failures.stream().allMatch(failure -> CONFLICT.equals(failure.code()));
	}

}
