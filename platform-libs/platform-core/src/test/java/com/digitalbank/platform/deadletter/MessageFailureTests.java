package com.digitalbank.platform.deadletter;

import java.time.Instant;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageFailureTests {

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	@Test
	void namesTheExceptionAndItsRootCause() {
		MessageFailure failure = MessageFailure
			.of(new CompletionException("lookup failed", new IllegalStateException("table missing")), 3, NOW);

		assertThat(failure.exception()).isEqualTo(CompletionException.class.getName());
		assertThat(failure.message())
			.isEqualTo("lookup failed (caused by java.lang.IllegalStateException: table missing)");
		assertThat(failure.receiveCount()).isEqualTo(3);
		assertThat(failure.failedAt()).isEqualTo(NOW);
	}

	@Test
	void masksPersonalDataLikeALogLine() {
		MessageFailure failure = MessageFailure.of(new IllegalArgumentException("no customer ana.lopez@example.com"), 3,
				NOW);

		assertThat(failure.message()).isEqualTo("no customer a***@example.com");
	}

	@Test
	void keepsAMultiLineMessageOnOneLine() {
		MessageFailure failure = MessageFailure.of(new IllegalStateException("Unrecognized token\n at [Source: x]"), 3,
				NOW);

		assertThat(failure.message()).isEqualTo("Unrecognized token at [Source: x]");
	}

	@Test
	void capsALongMessage() {
		MessageFailure failure = MessageFailure.of(new IllegalArgumentException("x".repeat(100_000)), 3, NOW);

		assertThat(failure.message()).hasSize(MessageFailure.MAX_MESSAGE + 1);
	}

	@Test
	void aFailureWithoutAMessageIsNamedByItsClass() {
		assertThat(MessageFailure.of(new NullPointerException(), 3, NOW).message()).isEmpty();
	}

}
