package com.digitalbank.platform.dynamodb;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Which failures are tried again and how often. DynamoDB Local rarely reports conflicts,
 * so the calls here fail as DynamoDB does under contention.
 */
class ConflictRetryTests {

	private final AtomicInteger calls = new AtomicInteger();

	@Test
	void aWriteThatMetATransactionRunsAgainUntilItSucceeds() {
		String answer = new ConflictRetry(5).call(failingFirst(2, this::conflict));

		assertThat(answer).isEqualTo("written");
		assertThat(calls).hasValue(3);
	}

	@Test
	void aTransactionCancelledOnlyByConflictsRunsAgain() {
		new ConflictRetry(5)
			.run(() -> failingFirst(1, () -> cancelled("TransactionConflict", "TransactionConflict")).get());

		assertThat(calls).hasValue(2);
	}

	@Test
	void aTransactionCancelledForAnyOtherReasonFailsAtOnce() {
		assertThatExceptionOfType(TransactionCancelledException.class).isThrownBy(() -> new ConflictRetry(5)
			.call(failingFirst(1, () -> cancelled("TransactionConflict", "ConditionalCheckFailed"))));
		assertThat(calls).hasValue(1);
	}

	@Test
	void anyOtherFailureFailsAtOnce() {
		assertThatExceptionOfType(ConditionalCheckFailedException.class).isThrownBy(() -> new ConflictRetry(5)
			.call(failingFirst(1, () -> ConditionalCheckFailedException.builder().message("condition").build())));
		assertThat(calls).hasValue(1);
	}

	@Test
	void endlessConflictsReachTheCallerAfterTheLastAttempt() {
		assertThatExceptionOfType(TransactionConflictException.class)
			.isThrownBy(() -> new ConflictRetry(4).call(failingFirst(100, this::conflict)));
		assertThat(calls).hasValue(4);
	}

	@Test
	void anInterruptedPauseEndsTheRetriesAndKeepsTheInterrupt() {
		Thread.currentThread().interrupt();
		try {
			assertThatExceptionOfType(IllegalStateException.class)
				.isThrownBy(() -> new ConflictRetry(5).call(failingFirst(100, this::conflict)))
				.withCauseInstanceOf(InterruptedException.class);
			assertThat(Thread.currentThread().isInterrupted()).isTrue();
			assertThat(calls).hasValue(1);
		}
		finally {
			Thread.interrupted();
		}
	}

	@Test
	void atLeastOneAttempt() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ConflictRetry(0));
	}

	/** A call that throws the failure its first {@code failures} times, then answers. */
	private Supplier<String> failingFirst(int failures, Supplier<RuntimeException> failure) {
		return () -> {
			if (calls.incrementAndGet() <= failures) {
				throw failure.get();
			}
			return "written";
		};
	}

	private RuntimeException conflict() {
		return TransactionConflictException.builder().message("Transaction is ongoing for the item").build();
	}

	private static TransactionCancelledException cancelled(String... codes) {
		return new TransactionCancelledException(
				List.of(codes).stream().map(code -> new TransactionCancelledException.Failure("item", code)).toList(),
				null);
	}

}
