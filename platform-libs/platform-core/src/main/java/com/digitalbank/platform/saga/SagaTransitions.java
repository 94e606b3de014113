package com.digitalbank.platform.saga;

import java.time.Instant;
import java.util.List;

/**
 * The state machine of one kind of saga, without I/O: given a state and what a step
 * answered, the next state. The driver persists each state before it acts on it.
 */
final class SagaTransitions {

	/** Why a saga compensated when a step up to the pivot never answered. */
	static final String NO_ANSWER = "NO_ANSWER";

	private final List<? extends SagaStep<?>> steps;

	private final int pivot;

	private final SagaPolicy policy;

	SagaTransitions(List<? extends SagaStep<?>> steps, int pivot, SagaPolicy policy) {
		if (steps.isEmpty() || pivot < 0 || pivot >= steps.size()) {
			throw new IllegalArgumentException("A saga needs steps and a pivot among them");
		}
		this.steps = List.copyOf(steps);
		this.pivot = pivot;
		this.policy = policy;
	}

	String stepName(int index) {
		return steps.get(index).name();
	}

	/** Recorded before the call: the step (or compensation) is under way, leased. */
	SagaState beforeCall(SagaState state, Instant now) {
		StepRecord step = state.currentStep();
		Instant leaseEnd = now.plus(policy.stepLease());
		if (state.status() == SagaStatus.COMPENSATING) {
			return state.withStep(step.with(StepStatus.COMPENSATING, step.attempts() + 1, now, step.detail()), now,
					leaseEnd);
		}
		StepRecord started = (step == null)
				? new StepRecord(stepName(state.current()), StepStatus.STARTED, 1, now, now, null)
				: step.with(StepStatus.STARTED, step.attempts() + 1, now, step.detail());
		return state.withStep(started, now, leaseEnd);
	}

	SagaState afterDone(SagaState state, String detail, Instant now) {
		StepRecord step = state.currentStep();
		SagaState done = state.withStep(step.with(StepStatus.DONE, step.attempts(), now, detail), now, now);
		int next = state.current() + 1;
		if (next == steps.size()) {
			return done.moveTo(SagaStatus.COMPLETED, state.current(), null, null);
		}
		return done.moveTo(SagaStatus.RUNNING, next, null, now);
	}

	SagaState afterRefused(SagaState state, String reason, Instant now) {
		if (state.current() > pivot) {
			// Past the pivot there is no way back: a refusal is one more reason to retry.
			return afterUnknown(state, reason, now);
		}
		StepRecord step = state.currentStep();
		SagaState refused = state.withStep(step.with(StepStatus.REFUSED, step.attempts(), now, reason), now, now);
		// An earlier attempt that never answered may still land after this refusal (a
		// request held up on the way): its compensation runs too.
		int from = step.attempts() > 1 ? state.current() : state.current() - 1;
		return compensateFrom(refused, from, reason, now);
	}

	/** The step threw: its outcome is unknown. */
	SagaState afterUnknown(SagaState state, String error, Instant now) {
		StepRecord step = state.currentStep();
		SagaState failed = state.withStep(step.with(StepStatus.STARTED, step.attempts(), now, error), now,
				now.plus(policy.backoff(step.attempts())));
		if (state.current() <= pivot && step.attempts() >= policy.maxStepAttempts()) {
			// It may have taken effect: its compensation runs too.
			return compensateFrom(failed, state.current(), NO_ANSWER, now);
		}
		return failed;
	}

	SagaState afterCompensated(SagaState state, Instant now) {
		StepRecord step = state.currentStep();
		SagaState compensated = state.withStep(step.with(StepStatus.COMPENSATED, step.attempts(), now, step.detail()),
				now, now);
		return compensateFrom(compensated, state.current() - 1, state.failureReason(), now);
	}

	SagaState afterCompensationFailed(SagaState state, String error, Instant now) {
		StepRecord step = state.currentStep();
		return state.withStep(step.with(StepStatus.COMPENSATING, step.attempts(), now, error), now,
				now.plus(policy.backoff(step.attempts())));
	}

	/**
	 * The attempt just recorded is the one past which the saga is reported stuck: a
	 * compensation or a step after the pivot that keeps failing.
	 */
	boolean stuck(SagaState state) {
		StepRecord step = state.currentStep();
		boolean mustSucceed = state.status() == SagaStatus.COMPENSATING || state.current() > pivot;
		return mustSucceed && step != null && step.attempts() == policy.alertAfter();
	}

	/**
	 * Compensates, backwards from {@code index}, every step that took or may have taken
	 * effect.
	 */
	private SagaState compensateFrom(SagaState state, int index, String reason, Instant now) {
		for (int i = Math.min(index, state.steps().size() - 1); i >= 0; i--) {
			StepRecord step = state.steps().get(i);
			boolean tookEffect = step.status() == StepStatus.DONE || step.status() == StepStatus.STARTED
					|| (step.status() == StepStatus.REFUSED && step.attempts() > 1);
			if (tookEffect && steps.get(i).compensable()) {
				SagaState at = state.moveTo(SagaStatus.COMPENSATING, i, reason, now);
				return at.withStep(step.with(step.status(), 0, now, step.detail()), now, now);
			}
		}
		return state.moveTo(SagaStatus.FAILED, Math.max(index, 0), reason, null);
	}

}
