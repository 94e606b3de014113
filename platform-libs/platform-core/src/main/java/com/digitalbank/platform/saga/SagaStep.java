package com.digitalbank.platform.saga;

/**
 * One step of a saga and its compensation (null when the step needs none, like a last
 * step after the pivot). A compensation must succeed whether the step took effect or not:
 * it runs for steps whose outcome was never known.
 */
public record SagaStep<D>(String name, Action<D> action, Compensation<D> compensation) {

	public SagaStep {
		if (name == null || name.isBlank() || name.contains(":")) {
			throw new IllegalArgumentException("A step needs a name without ':'");
		}
	}

	public static <D> SagaStep<D> of(String name, Action<D> action, Compensation<D> compensation) {
		return new SagaStep<>(name, action, compensation);
	}

	public static <D> SagaStep<D> of(String name, Action<D> action) {
		return new SagaStep<>(name, action, null);
	}

	boolean compensable() {
		return compensation != null;
	}

	@FunctionalInterface
	public interface Action<D> {

		/**
		 * Throws when the outcome is unknown; then the step is called again, same request
		 * id.
		 */
		StepResult run(StepContext<D> context) throws Exception;

	}

	@FunctionalInterface
	public interface Compensation<D> {

		/** Throws to be called again later; called until it returns. */
		void run(StepContext<D> context) throws Exception;

	}

}
