package com.digitalbank.orders.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts and times what the pipeline does, per step: every AWS SDK call (as an
 * {@link ExecutionInterceptor} on the service's own clients), every SMTP send and every
 * message handled. The step is the one whose handler runs on the calling thread; calls
 * made outside a handler are the API's, the claim writer's (the steps' claims and marks,
 * grouped), the benchmark's own polling, or the listener containers' (receive,
 * acknowledge, visibility).
 */
final class IoLedger implements ExecutionInterceptor {

	/** A message its step handled without throwing. */
	static final String HANDLER = "handler";

	static final String FAILED = "failed";

	static final String API = "API (POST /v1.0/orders)";

	static final String CONTAINERS = "listener containers (receive, delete, visibility)";

	static final String BENCHMARK = "benchmark (its own polling)";

	/**
	 * The service's claim writer, which writes the claims and marks of every step,
	 * grouped (its thread's name).
	 */
	static final String ORDER_WRITER = "order-writer";

	/** The pipeline's steps in order, as their listeners are named. */
	static final List<String> STEPS = List.of("OrderRecordListener", "InvoiceListener", "InternalNotificationListener",
			"CustomerConfirmationListener");

	private static final ThreadLocal<String> CURRENT_STEP = new ThreadLocal<>();

	private static final ExecutionAttribute<String> STEP = new ExecutionAttribute<>("benchmark.step");

	private static final ExecutionAttribute<Long> STARTED = new ExecutionAttribute<>("benchmark.started");

	private static final StackWalker STACK = StackWalker.getInstance();

	private final Map<String, Map<String, Tally>> steps = new ConcurrentHashMap<>();

	private final Map<String, Long> reached = new ConcurrentHashMap<>();

	private volatile boolean recording;

	private volatile long target;

	/**
	 * Starts counting afresh; the moment each step has handled {@code messages} messages
	 * is noted ({@link #reached}), so nobody polls the stand-ins to find out.
	 */
	void start(long messages) {
		steps.clear();
		reached.clear();
		target = messages;
		recording = true;
	}

	/**
	 * When {@code step} handled its target number of messages, or null while it has not.
	 */
	Long reached(String step) {
		return reached.get(step);
	}

	void stop() {
		recording = false;
	}

	/** Runs {@code work} as part of {@code step}, counting it as one handled message. */
	void inStep(String step, Work work) throws Exception {
		String previous = CURRENT_STEP.get();
		CURRENT_STEP.set(step);
		long start = System.nanoTime();
		boolean handled = false;
		try {
			work.run();
			handled = true;
		}
		finally {
			record(step, handled ? HANDLER : FAILED, System.nanoTime() - start);
			CURRENT_STEP.set(previous);
		}
	}

	/** Times a call that is not an AWS SDK call (an SMTP send). */
	void timed(String call, Work work) throws Exception {
		String step = currentStep();
		long start = System.nanoTime();
		try {
			work.run();
		}
		finally {
			record(step, call, System.nanoTime() - start);
		}
	}

	@Override
	public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
		attributes.putAttribute(STEP, currentStep());
		attributes.putAttribute(STARTED, System.nanoTime());
	}

	@Override
	public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
		finished(attributes);
	}

	@Override
	public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
		finished(attributes);
	}

	private void finished(ExecutionAttributes attributes) {
		String step = attributes.getAttribute(STEP);
		Long started = attributes.getAttribute(STARTED);
		if (step != null && started != null) {
			record(step,
					attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME) + "."
							+ attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
					System.nanoTime() - started);
		}
	}

	private void record(String step, String call, long nanos) {
		if (recording) {
			Tally tally = steps.computeIfAbsent(step, name -> new ConcurrentHashMap<>())
				.computeIfAbsent(call, name -> new Tally());
			tally.add(nanos);
			if (call.equals(HANDLER) && tally.count.sum() >= target) {
				reached.putIfAbsent(step, System.nanoTime());
			}
		}
	}

	private static String currentStep() {
		String step = CURRENT_STEP.get();
		if (step != null) {
			return step;
		}
		if (Thread.currentThread().getName().equals(ORDER_WRITER)) {
			return ORDER_WRITER;
		}
		return STACK.walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
			.map(name -> name.equals(OrderPipelineBenchmark.class.getName()) ? BENCHMARK
					: name.endsWith(".OrderController") ? API : null)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(CONTAINERS));
	}

	/** Calls per order and milliseconds per order of one step, by call. */
	Map<String, double[]> perOrder(String step, int orders) {
		Map<String, double[]> result = new TreeMap<>();
		steps.getOrDefault(step, Map.of())
			.forEach((call, tally) -> result.put(call,
					new double[] { tally.count.sum() / (double) orders, tally.nanos.sum() / 1e6 / orders }));
		return result;
	}

	long count(String step, String call) {
		Tally tally = steps.getOrDefault(step, Map.of()).get(call);
		return tally == null ? 0 : tally.count.sum();
	}

	double meanMillis(String step, String call) {
		Tally tally = steps.getOrDefault(step, Map.of()).get(call);
		return tally == null || tally.count.sum() == 0 ? 0 : tally.nanos.sum() / 1e6 / tally.count.sum();
	}

	/** Calls per order of one service ({@code DynamoDb}, {@code Sqs}, ...) in a step. */
	double callsPerOrder(String step, String servicePrefix, int orders) {
		return steps.getOrDefault(step, Map.of())
			.entrySet()
			.stream()
			.filter(entry -> entry.getKey().startsWith(servicePrefix + "."))
			.mapToLong(entry -> entry.getValue().count.sum())
			.sum() / (double) orders;
	}

	/** The calls of one step as {@code PutItem 1.00, GetItem 1.00}. */
	String calls(String step, String servicePrefix, int orders) {
		return perOrder(step, orders).entrySet()
			.stream()
			.filter(entry -> entry.getKey().startsWith(servicePrefix + "."))
			.map(entry -> String.format(Locale.ROOT, "%s %.2f (%.1f ms)",
					entry.getKey().substring(servicePrefix.length() + 1), entry.getValue()[0],
					entry.getValue()[0] == 0 ? 0 : entry.getValue()[1] / entry.getValue()[0]))
			.collect(Collectors.joining(", "));
	}

	/**
	 * The ledger as a markdown table: one row per step, plus the API, the listener
	 * containers and the benchmark, with calls per order by service.
	 */
	List<String> table(int orders) {
		List<String> rows = new ArrayList<>(List.of(API));
		rows.addAll(STEPS);
		rows.add(ORDER_WRITER);
		rows.add(CONTAINERS);
		rows.add(BENCHMARK);
		List<String> table = new ArrayList<>(
				List.of("| step | messages | handler mean | DynamoDB calls | DynamoDB " + "| SQS | S3 | SMTP |",
						"| --- | --- | --- | --- | --- | --- | --- | --- |"));
		double dynamoDbCalls = 0;
		for (String step : rows) {
			double calls = callsPerOrder(step, "DynamoDb", orders);
			dynamoDbCalls += calls;
			long messages = count(step, HANDLER);
			table.add(String.format(Locale.ROOT, "| %s | %s | %s | %.2f | %s | %s | %s | %s |", step,
					messages == 0 ? "" : String.format(Locale.ROOT, "%.2f", messages / (double) orders),
					messages == 0 ? "" : String.format(Locale.ROOT, "%.1f ms", meanMillis(step, HANDLER)), calls,
					calls(step, "DynamoDb", orders), calls(step, "Sqs", orders), calls(step, "S3", orders),
					calls(step, "SMTP", orders)));
		}
		table.add(String.format(Locale.ROOT, "| all | | | **%.2f** | | | | |", dynamoDbCalls));
		return table;
	}

	@FunctionalInterface
	interface Work {

		void run() throws Exception;

	}

	private static final class Tally {

		final LongAdder count = new LongAdder();

		final LongAdder nanos = new LongAdder();

		void add(long elapsed) {
			count.increment();
			nanos.add(elapsed);
		}

	}

}
