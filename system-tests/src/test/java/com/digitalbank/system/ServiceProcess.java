package com.digitalbank.system;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import com.digitalbank.platform.test.LocalStackExtension;

import static org.awaitility.Awaitility.await;

/**
 * One service started from its built jar in a JVM of its own, on the tests' local AWS
 * stack, as {@code ./dev up} starts it: profile {@code local}, demo data included. It can
 * be killed (SIGKILL: nothing runs on the way out) or stopped gracefully.
 */
final class ServiceProcess implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	/**
	 * What {@code ./dev} starts a service with: small, and quick to start rather than
	 * fast.
	 */
	static final List<String> DEV_JVM = List.of("-Xms64m", "-Xmx320m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
			"-Xss512k");

	private static int started;

	private static final Set<Integer> handedOut = new HashSet<>();

	private final String name;

	private final int port;

	private final Process process;

	private final Path log;

	private ServiceProcess(String name, int port, Process process, Path log) {
		this.name = name;
		this.port = port;
		this.process = process;
		this.log = log;
	}

	/** Starts the service on a free port and waits until it is ready. */
	static ServiceProcess start(String name, String... arguments) {
		return start(name, freePort(), arguments);
	}

	static ServiceProcess start(String name, int port, String... arguments) {
		return start(name, port, DEV_JVM, arguments);
	}

	/**
	 * With these JVM options instead of {@code ./dev}'s (a benchmark wants the full JIT).
	 */
	static ServiceProcess start(String name, int port, List<String> jvmOptions, String... arguments) {
		return launch(name, port, jvmOptions, arguments).ready();
	}

	/**
	 * Launches the service without waiting for it: services that do not need each other
	 * start together ({@link #ready} then waits for each).
	 */
	static ServiceProcess launch(String name, int port, String... arguments) {
		return launch(name, port, DEV_JVM, arguments);
	}

	private static synchronized ServiceProcess launch(String name, int port, List<String> jvmOptions,
			String... arguments) {
		ExtractedApplication application = ExtractedApplication.of(name, jar(name), java());
		List<String> command = new ArrayList<>();
		command.add(java());
		command.addAll(jvmOptions);
		if (jvmOptions.equals(DEV_JVM)) {
			application.aotCacheOption().ifPresent(command::add);
		}
		command.addAll(List.of("-jar", application.jar().toString(), "--server.port=" + port));
		command.addAll(serviceArguments(arguments));
		Path log = Path.of("target", "system-tests", name + "-" + (++started) + ".log");
		try {
			Files.createDirectories(log.getParent());
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			// However the test JVM ends, no service outlives it.
			Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
			return new ServiceProcess(name, port, process, log);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start " + name, ex);
		}
	}

	/**
	 * Trains the service's AOT cache for its later starts with {@code ./dev}'s JVM
	 * options and these arguments, unless it has an up-to-date one: worth it for a
	 * service the tests start many times (a start from the cache takes about half as
	 * long).
	 */
	static void trainAotCache(String name, String... arguments) {
		ExtractedApplication.of(name, jar(name), java()).train(java(), DEV_JVM, serviceArguments(arguments));
	}

	private static List<String> serviceArguments(String... arguments) {
		List<String> all = new ArrayList<>(List.of("--spring.profiles.active=local",
				"--platform.resources.create-missing=true", "--platform.deadletter.watch-interval=0",
				"--logging.level.root=WARN", "--logging.level.com.digitalbank=INFO"));
		for (Map.Entry<String, String> property : LocalStackExtension.stack().springProperties().entrySet()) {
			all.add("--" + property.getKey() + "=" + property.getValue());
		}
		all.addAll(List.of(arguments));
		return all;
	}

	int port() {
		return port;
	}

	String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	/** Waits for the process to end by itself (a halt point), and answers its status. */
	int awaitExit(Duration timeout) {
		try {
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new AssertionError(name + " did not exit within " + timeout + "; see " + log.toAbsolutePath());
			}
			return process.exitValue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** SIGKILL: the process gets no chance to finish anything. */
	void kill() {
		process.destroyForcibly();
		awaitQuietly();
	}

	@Override
	public void close() {
		process.destroy();
		awaitQuietly();
	}

	private void awaitQuietly() {
		try {
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Stops these services together (SIGTERM to each, then waits for each): a graceful
	 * stop takes a few seconds, mostly the queue listeners finishing their polls.
	 */
	static void stopAll(List<ServiceProcess> services) {
		services.forEach(service -> service.process.destroy());
		services.forEach(ServiceProcess::awaitQuietly);
	}

	/** Waits until the service answers ready. */
	ServiceProcess ready() {
		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250)).until(() -> {
			if (!process.isAlive()) {
				throw new AssertionError(name + " exited at start-up with " + process.exitValue() + "; see "
						+ log.toAbsolutePath() + ":\n" + tail());
			}
			try {
				HttpResponse<Void> response = HTTP
					.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
						.timeout(Duration.ofSeconds(2))
						.build(), HttpResponse.BodyHandlers.discarding());
				return response.statusCode() == 200;
			}
			catch (IOException ex) {
				return false;
			}
		});
		return this;
	}

	private String tail() {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no log)";
		}
	}

	private static Path jar(String name) {
		String root = System.getProperty("system-tests.root", "..");
		String version = System.getProperty("system-tests.version", "0.1.0-SNAPSHOT");
		Path jar = Path.of(root, name, "target", name + "-" + version + ".jar");
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("No " + jar + ": the system tests run the services' jars, which "
					+ "./mvnw verify packages before this module (./mvnw test does not)");
		}
		return jar;
	}

	private static String java() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	/**
	 * A port nobody listens on, below Linux's ephemeral range (32768 and up), where the
	 * kernel picks the local ports of outgoing connections: a port chosen for a service
	 * that binds it seconds later is not taken meanwhile by some connection's. Never the
	 * same port twice in one run.
	 */
	static synchronized int freePort() {
		for (int attempt = 0; attempt < 100; attempt++) {
			int port = ThreadLocalRandom.current().nextInt(20000, 32000);
			if (!handedOut.add(port)) {
				continue;
			}
			try (ServerSocket socket = new ServerSocket()) {
				socket.bind(new InetSocketAddress("0.0.0.0", port));
				return port;
			}
			catch (IOException taken) {
				// Somebody listens there: another one.
			}
		}
		throw new IllegalStateException("No free port found between 20000 and 32000");
	}

}
