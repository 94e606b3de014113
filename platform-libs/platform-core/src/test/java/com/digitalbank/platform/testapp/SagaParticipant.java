package com.digitalbank.platform.testapp;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.digitalbank.platform.saga.StepContext;
import com.digitalbank.platform.saga.StepResult;

/**
 * Plays the services a test saga calls, idempotent by request id as a real participant
 * is. A plan scripts it: {@code refuse-pay}; {@code unknown-pay:N} (no answer, no effect,
 * N times); {@code lost-pay:N} (the effect, then no answer, N times);
 * {@code fail-release:N}; {@code crash:<step>:<before|after>} (the process dies before or
 * after the step's effect, once).
 */
public class SagaParticipant {

	/** A process dying mid-call: an Error, so nothing in the driver catches it. */
	public static class SimulatedCrash extends Error {

		SimulatedCrash(String where) {
			super("simulated crash " + where, null, false, false);
		}

	}

	/** Request ids whose effect is in place (undone ones removed). */
	public final Set<String> effects = ConcurrentHashMap.newKeySet();

	/** Effects ever applied, per request id: more than one would be a double effect. */
	public final Map<String, AtomicInteger> applied = new ConcurrentHashMap<>();

	public final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

	public final Map<String, AtomicInteger> compensations = new ConcurrentHashMap<>();

	private final Set<String> crashed = ConcurrentHashMap.newKeySet();

	StepResult act(StepContext<TestOrder> context) {
		String plan = context.data().plan();
		int call = count(calls, context.requestId());
		crashIf(plan, context, "before");
		if (has(plan, "refuse-" + context.step())) {
			return StepResult.refused("REFUSED_BY_" + context.step().toUpperCase());
		}
		if (call <= times(plan, "unknown-" + context.step())) {
			throw new IllegalStateException("timeout");
		}
		if (effects.add(context.requestId())) {
			count(applied, context.requestId());
		}
		crashIf(plan, context, "after");
		if (call <= times(plan, "lost-" + context.step())) {
			throw new IllegalStateException("reply lost");
		}
		return StepResult.done(context.step() + "-done");
	}

	void undo(StepContext<TestOrder> context) {
		String plan = context.data().plan();
		int call = count(compensations, context.requestId());
		if (call <= times(plan, "fail-" + compensationOf(context.step()))) {
			throw new IllegalStateException("participant away");
		}
		effects.remove(context.requestId());
		String point = "crash:" + compensationOf(context.step()) + ":after";
		if (has(plan, point) && crashed.add(point + context.requestId())) {
			throw new SimulatedCrash(point);
		}
	}

	/** Net effects in place for an order, by step. */
	public Set<String> effectsOf(String orderId) {
		return effects.stream()
			.filter(id -> id.startsWith(orderId + ":"))
			.map(id -> id.substring(orderId.length() + 1))
			.collect(java.util.stream.Collectors.toSet());
	}

	public int appliedTimes(String orderId, String step) {
		AtomicInteger times = applied.get(orderId + ":" + step);
		return times == null ? 0 : times.get();
	}

	private void crashIf(String plan, StepContext<TestOrder> context, String when) {
		String point = "crash:" + context.step() + ":" + when;
		if (has(plan, point) && crashed.add(point + context.requestId())) {
			throw new SimulatedCrash(point);
		}
	}

	private static String compensationOf(String step) {
		return switch (step) {
			case "reserve" -> "release";
			case "pay" -> "void";
			default -> step;
		};
	}

	private static boolean has(String plan, String directive) {
		return java.util.Arrays.asList(plan.split(",")).contains(directive);
	}

	/** N of a directive {@code name:N} in the plan, 0 without it. */
	private static int times(String plan, String name) {
		for (String directive : plan.split(",")) {
			if (directive.startsWith(name + ":")) {
				return Integer.parseInt(directive.substring(name.length() + 1));
			}
		}
		return 0;
	}

	private static int count(Map<String, AtomicInteger> counts, String key) {
		return counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
	}

}
