package com.digitalbank.orders.benchmark;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CPU used by this JVM between two moments, in total and by thread family. Service,
 * stand-ins and clients all run in this one JVM on the same cores, so this is where a
 * burst's time goes when the cores are the limit. Virtual threads count on their carriers
 * ({@code ForkJoinPool-#-worker-#}); threads that ended in between are missed.
 */
final class CpuUsage {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final long processNanos;

	private final long gcMillis;

	private final long jitMillis;

	private final long wallNanos;

	private final Map<Long, Long> threadNanos;

	private final Map<Long, String> threadNames;

	private final Map<String, Long> nativeTicks;

	private CpuUsage(long processNanos, long gcMillis, long jitMillis, long wallNanos, Map<Long, Long> threadNanos,
			Map<Long, String> threadNames, Map<String, Long> nativeTicks) {
		this.processNanos = processNanos;
		this.gcMillis = gcMillis;
		this.jitMillis = jitMillis;
		this.wallNanos = wallNanos;
		this.threadNanos = threadNanos;
		this.threadNames = threadNames;
		this.nativeTicks = nativeTicks;
	}

	static CpuUsage now() {
		Map<Long, Long> nanos = new HashMap<>();
		Map<Long, String> names = new HashMap<>();
		long[] ids = THREADS.getAllThreadIds();
		ThreadInfo[] infos = THREADS.getThreadInfo(ids);
		for (int i = 0; i < ids.length; i++) {
			long cpu = THREADS.getThreadCpuTime(ids[i]);
			if (cpu >= 0 && infos[i] != null) {
				nanos.put(ids[i], cpu);
				names.put(ids[i], infos[i].getThreadName());
			}
		}
		long gc = ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong(GarbageCollectorMXBean::getCollectionTime)
			.sum();
		long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
		long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
		return new CpuUsage(process, gc, jit, System.nanoTime(), nanos, names, nativeTicks());
	}

	/** CPU seconds used since {@code before}. */
	double processSecondsSince(CpuUsage before) {
		return (processNanos - before.processNanos) / 1e9;
	}

	double wallSecondsSince(CpuUsage before) {
		return (wallNanos - before.wallNanos) / 1e9;
	}

	long gcMillisSince(CpuUsage before) {
		return gcMillis - before.gcMillis;
	}

	/**
	 * Time the JIT compilers spent (summed over compiler threads, as the JVM reports it).
	 */
	long jitMillisSince(CpuUsage before) {
		return jitMillis - before.jitMillis;
	}

	/**
	 * The thread families that used the most CPU since {@code before}, as
	 * {@code name 12.3 s (40 %)}; numbers in thread names are folded into {@code #}. The
	 * rest is given as the other live threads and as what no live thread accounts for
	 * (JIT compilers, GC, threads that ended: GreenMail's one per SMTP connection).
	 */
	String topFamiliesSince(CpuUsage before, int limit) {
		Map<String, Long> families = new HashMap<>();
		threadNanos.forEach((id, cpu) -> families.merge(family(threadNames.get(id)),
				cpu - before.threadNanos.getOrDefault(id, 0L), Long::sum));
		double total = processNanos - before.processNanos;
		List<Map.Entry<String, Long>> sorted = families.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.toList();
		long live = sorted.stream().mapToLong(Map.Entry::getValue).sum();
		long others = sorted.stream().skip(limit).mapToLong(Map.Entry::getValue).sum();
		String top = sorted.stream()
			.limit(limit)
			.map(entry -> share("`" + entry.getKey() + "`", entry.getValue(), total))
			.collect(Collectors.joining(", "));
		return top + ", " + share("other live threads", others, total) + ", "
				+ share("no live thread", (long) total - live, total);
	}

	private static String share(String what, long nanos, double total) {
		return String.format(Locale.ROOT, "%s %.1f s (%.0f %%)", what, nanos / 1e9, 100 * nanos / total);
	}

	/**
	 * CPU of the JVM's own threads, which {@link ThreadMXBean} does not list: JIT
	 * compilers and garbage collectors, as {@code JIT compilers 3.1 s, GC 0.4 s}. Read
	 * from Linux's {@code /proc/self/task} (clock ticks of 10 ms); empty elsewhere.
	 */
	String jvmThreadsSince(CpuUsage before) {
		if (nativeTicks.isEmpty()) {
			return "";
		}
		long jit = 0;
		long gc = 0;
		for (Map.Entry<String, Long> task : nativeTicks.entrySet()) {
			long ticks = task.getValue() - before.nativeTicks.getOrDefault(task.getKey(), 0L);
			if (task.getKey().contains("CompilerThre")) {
				jit += ticks;
			}
			else if (task.getKey().contains("GC") || task.getKey().contains("VM Thread")) {
				gc += ticks;
			}
		}
		return String.format(Locale.ROOT, "JIT compiler threads %.1f s, GC and VM threads %.1f s", jit / 100.0,
				gc / 100.0);
	}

	/**
	 * User and system clock ticks by {@code tid:name} of every thread of this process.
	 */
	private static Map<String, Long> nativeTicks() {
		Map<String, Long> ticks = new HashMap<>();
		try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
			for (Path task : tasks) {
				try {
					String stat = Files.readString(task.resolve("stat"));
					int close = stat.lastIndexOf(')');
					String[] fields = stat.substring(close + 2).split(" ");
					// After the name: state, then utime and stime as the 12th and 13th
					// field.
					ticks.put(task.getFileName() + ":" + stat.substring(stat.indexOf('(') + 1, close),
							Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
				}
				catch (IOException ex) {
					// The thread ended while we looked.
				}
			}
			return ticks;
		}
		catch (IOException | RuntimeException ex) {
			return Map.of();
		}
	}

	private static String family(String name) {
		return name == null ? "?" : name.replaceAll("\\d+", "#");
	}

}
