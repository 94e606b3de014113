package com.digitalbank.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A service's jar extracted as {@code ./dev} runs it: no nested-jar class loading, which
 * makes start-up about 40% faster, and which a JDK AOT cache needs. A service the tests
 * start many times gets a cache trained once ({@link #train}), as {@code ./dev} trains
 * one: the JVM starts it to the end of its context refresh and writes what it loaded and
 * linked. Both live under {@code target/system-tests/apps} and are redone when the jar is
 * newer.
 */
final class ExtractedApplication {

	private static final Path APPS = Path.of("target", "system-tests", "apps");

	private final Path directory;

	private final Path jar;

	private ExtractedApplication(Path directory, Path jar) {
		this.directory = directory;
		this.jar = jar;
	}

	/** Extracts the jar unless its extraction is up to date. */
	static synchronized ExtractedApplication of(String name, Path builtJar, String java) {
		Path directory = APPS.resolve(name);
		Path jar = directory.resolve(builtJar.getFileName());
		try {
			if (!Files.isRegularFile(jar) || isNewer(builtJar, jar)) {
				deleteRecursively(directory);
				Path log = directory.resolveSibling(name + "-extract.log");
				if (run(List.of(java, "-Djarmode=tools", "-jar", builtJar.toString(), "extract", "--destination",
						directory.toString()), log) != 0) {
					throw new IOException("the extraction failed; see " + log.toAbsolutePath());
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not extract " + builtJar, ex);
		}
		return new ExtractedApplication(directory, jar);
	}

	Path jar() {
		return jar;
	}

	/** The JVM option that starts from the trained cache, when one is up to date. */
	Optional<String> aotCacheOption() {
		Path cache = cache();
		try {
			return Files.isRegularFile(cache) && !isNewer(jar, cache) ? Optional.of("-XX:AOTCache=" + cache)
					: Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Trains the AOT cache unless one is up to date: a start with these JVM options and
	 * arguments that ends after the context refresh, listeners off. A training that fails
	 * leaves no cache, and the service starts without one.
	 */
	synchronized void train(String java, List<String> jvmOptions, List<String> arguments) {
		if (aotCacheOption().isPresent()) {
			return;
		}
		Path training = directory.resolve("app.aot.tmp");
		List<String> command = new ArrayList<>();
		command.add(java);
		command.addAll(jvmOptions);
		command.addAll(
				List.of("-XX:AOTCacheOutput=" + training, "-Dspring.context.exit=onRefresh", "-jar", jar.toString()));
		command.addAll(arguments);
		command.addAll(List.of("--server.port=0", "--spring.cloud.aws.sqs.listener.auto-startup=false"));
		try {
			if (run(command, directory.resolveSibling(directory.getFileName() + "-aot.log")) == 0
					&& Files.isRegularFile(training)) {
				Files.move(training, cache());
			}
		}
		catch (IOException ex) {
			// No cache: the service starts without one, only slower.
		}
	}

	private Path cache() {
		return directory.resolve("app.aot");
	}

	private static int run(List<String> command, Path log) throws IOException {
		Files.createDirectories(log.getParent());
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			if (!process.waitFor(3, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new IOException(String.join(" ", command) + " did not end; see " + log.toAbsolutePath());
			}
			return process.exitValue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			throw new IOException(ex);
		}
	}

	private static boolean isNewer(Path file, Path than) throws IOException {
		return Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(than)) > 0;
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
