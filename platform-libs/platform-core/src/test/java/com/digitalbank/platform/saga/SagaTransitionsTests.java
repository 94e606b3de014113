package com.digitalbank.platform.saga;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The saga state machine on a purchase's shape: reserve (compensable) → pay (the pivot,
 * compensable) → confirm (must succeed).
 */
class SagaTransitionsTests {

	private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

	private static final SagaPolicy POLICY = new SagaPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(5),
			Duration.ofSeconds(30), 4);

	private final SagaTransitions transitions = new SagaTransitions(
			List.of(step("reserve", true), step("pay", true), step("confirm", false)), 1, POLICY);

	@Test
	void completesWhenEveryStepIsDone() {
		SagaState state = begin();
		for (int i = 0; i < 3; i++) {
			state = transitions.afterDone(transitions.beforeCall(state, NOW), "ok", NOW);
		}

		assertThat(state.status()).isEqualTo(SagaStatus.COMPLETED);
		assertThat(state.dueAt()).isNull();
		assertThat(state.steps()).extracting(StepRecord::status).containsOnly(StepStatus.DONE);
		assertThat(state.steps()).extracting(StepRecord::name).containsExactly("reserve", "pay", "confirm");
	}

	@Test
	void recordsAStepAsStartedAndLeasedBeforeItIsCalled() {
		SagaState calling = transitions.beforeCall(begin(), NOW);

		assertThat(calling.currentStep().status()).isEqualTo(StepStatus.STARTED);
		assertThat(calling.currentStep().attempts()).isEqualTo(1);
		assertThat(calling.dueAt()).isEqualTo(NOW.plus(POLICY.stepLease()));
	}

	@Test
	void compensatesBackwardsWhenThePivotIsRefused() {
		SagaState state = transitions.afterDone(transitions.beforeCall(begin(), NOW), "reserved", NOW);

		state = transitions.afterRefused(transitions.beforeCall(state, NOW), "INSUFFICIENT_FUNDS", NOW);

		assertThat(state.status()).isEqualTo(SagaStatus.COMPENSATING);
		assertThat(state.current()).isZero();
		assertThat(state.failureReason()).isEqualTo("INSUFFICIENT_FUNDS");
		assertThat(state.steps().get(1).status()).isEqualTo(StepStatus.REFUSED);

		state = transitions.afterCompensated(transitions.beforeCall(state, NOW), NOW);

		assertThat(state.status()).isEqualTo(SagaStatus.FAILED);
		assertThat(state.failureReason()).isEqualTo("INSUFFICIENT_FUNDS");
		assertThat(state.steps()).extracting(StepRecord::status)
			.containsExactly(StepStatus.COMPENSATED, StepStatus.REFUSED);
		assertThat(state.dueAt()).isNull();
	}

	@Test
	void compensatesARefusedStepTooWhenAnEarlierAttemptNeverAnswered() {
		SagaState state = transitions.afterDone(transitions.beforeCall(begin(), NOW), "reserved", NOW);
		state = transitions.afterUnknown(transitions.beforeCall(state, NOW), "timeout", NOW);

		state = transitions.afterRefused(transitions.beforeCall(state, NOW), "INSUFFICIENT_FUNDS", NOW);

		assertThat(state.status()).isEqualTo(SagaStatus.COMPENSATING);
		assertThat(state.current()).as("the pay step first: the timed-out attempt may still land").isEqualTo(1);
		state = transitions.afterCompensated(transitions.beforeCall(state, NOW), NOW);
		assertThat(state.current()).isZero();
		state = transitions.afterCompensated(transitions.beforeCall(state, NOW), NOW);
		assertThat(state.status()).isEqualTo(SagaStatus.FAILED);
		assertThat(state.failureReason()).isEqualTo("INSUFFICIENT_FUNDS");
	}

	@Test
	void failsWithoutCompensatingWhenTheFirstStepIsRefused() {
		SagaState state = transitions.afterRefused(transitions.beforeCall(begin(), NOW), "OUT_OF_STOCK", NOW);

		assertThat(state.status()).isEqualTo(SagaStatus.FAILED);
		assertThat(state.failureReason()).isEqualTo("OUT_OF_STOCK");
	}

	@Test
	void retriesAStepWithoutAnAnswerWithBackoffThenCompensatesItTooBecauseItMayHaveTakenEffect() {
		SagaState state = transitions.afterDone(transitions.beforeCall(begin(), NOW), "reserved", NOW);

		state = transitions.afterUnknown(transitions.beforeCall(state, NOW), "timeout", NOW);
		assertThat(state.status()).isEqualTo(SagaStatus.RUNNING);
		assertThat(state.dueAt()).isEqualTo(NOW.plusSeconds(1));
		state = transitions.afterUnknown(transitions.beforeCall(state, NOW), "timeout", NOW);
		assertThat(state.dueAt()).isEqualTo(NOW.plusSeconds(2));
		state = transitions.afterUnknown(transitions.beforeCall(state, NOW), "timeout", NOW);

		assertThat(state.status()).isEqualTo(SagaStatus.COMPENSATING);
		assertThat(state.current()).isEqualTo(1);
		assertThat(state.failureReason()).isEqualTo(SagaTransitions.NO_ANSWER);
		assertThat(state.dueAt()).isEqualTo(NOW);

		state = transitions.afterCompensated(transitions.beforeCall(state, NOW), NOW);
		assertThat(state.current()).isZero();
		state = transitions.afterCompensated(transitions.beforeCall(state, NOW), NOW);

		assertThat(state.status()).isEqualTo(SagaStatus.FAILED);
		assertThat(state.steps()).extracting(StepRecord::status).containsOnly(StepStatus.COMPENSATED);
	}

	@Test
	void retriesAStepAfterThePivotForwardsAndNeverCompensates() {
		SagaState state = begin();
		state = transitions.afterDone(transitions.beforeCall(state, NOW), "reserved", NOW);
		state = transitions.afterDone(transitions.beforeCall(state, NOW), "paid", NOW);
		boolean reported = false;
		for (int attempt = 1; attempt <= 10; attempt++) {
			SagaState outcome = (attempt % 2 == 0)
					? transitions.afterRefused(transitions.beforeCall(state, NOW), "no", NOW)
					: transitions.afterUnknown(transitions.beforeCall(state, NOW), "timeout", NOW);
			assertThat(transitions.stuck(outcome)).isEqualTo(attempt == POLICY.alertAfter());
			reported |= transitions.stuck(outcome);
			state = outcome;
		}

		assertThat(reported).isTrue();
		assertThat(state.status()).isEqualTo(SagaStatus.RUNNING);
		assertThat(state.current()).isEqualTo(2);
		assertThat(state.dueAt()).isEqualTo(NOW.plus(POLICY.maxBackoff()));
	}

	@Test
	void keepsCompensatingWithBackoffUntilTheCompensationSucceeds() {
		SagaState state = transitions.afterDone(transitions.beforeCall(begin(), NOW), "reserved", NOW);
		state = transitions.afterRefused(transitions.beforeCall(state, NOW), "INSUFFICIENT_FUNDS", NOW);
		for (int attempt = 1; attempt <= 6; attempt++) {
			state = transitions.afterCompensationFailed(transitions.beforeCall(state, NOW), "down", NOW);
			assertThat(state.status()).isEqualTo(SagaStatus.COMPENSATING);
			assertThat(transitions.stuck(state)).isEqualTo(attempt == POLICY.alertAfter());
		}
		assertThat(state.dueAt()).isEqualTo(NOW.plus(POLICY.maxBackoff()));

		state = transitions.afterCompensated(transitions.beforeCall(state, NOW), NOW);

		assertThat(state.status()).isEqualTo(SagaStatus.FAILED);
	}

	@Test
	void skipsStepsThatNeedNoCompensation() {
		SagaTransitions noUndo = new SagaTransitions(
				List.of(step("notify", false), step("reserve", true), step("pay", true)), 2, POLICY);
		SagaState state = begin();
		state = noUndo.afterDone(noUndo.beforeCall(state, NOW), null, NOW);
		state = noUndo.afterDone(noUndo.beforeCall(state, NOW), null, NOW);
		state = noUndo.afterRefused(noUndo.beforeCall(state, NOW), "NO", NOW);
		assertThat(state.current()).isEqualTo(1);

		state = noUndo.afterCompensated(noUndo.beforeCall(state, NOW), NOW);

		assertThat(state.status()).isEqualTo(SagaStatus.FAILED);
		assertThat(state.steps().get(0).status()).isEqualTo(StepStatus.DONE);
	}

	@Test
	void backsOffDoublingUpToTheLongestWait() {
		assertThat(POLICY.backoff(1)).isEqualTo(Duration.ofSeconds(1));
		assertThat(POLICY.backoff(3)).isEqualTo(Duration.ofSeconds(4));
		assertThat(POLICY.backoff(4)).isEqualTo(Duration.ofSeconds(5));
		assertThat(POLICY.backoff(500)).isEqualTo(Duration.ofSeconds(5));
	}

	private static SagaState begin() {
		return SagaState.begin("saga-1", "purchase", JsonNodeFactory.instance.objectNode(), NOW);
	}

	private static SagaStep<Object> step(String name, boolean compensable) {
		return new SagaStep<>(name, context -> StepResult.done(null), compensable ? context -> {
		} : null);
	}

}
