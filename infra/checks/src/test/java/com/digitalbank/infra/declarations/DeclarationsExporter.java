package com.digitalbank.infra.declarations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import com.digitalbank.infra.Repository;
import com.digitalbank.infra.Repository.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs {@link DeclarationsExport} inside every service's executable jar (a JVM each, two
 * at a time) with the Spring properties the service runs with in AWS
 * ({@code infra/deployment.auto.tfvars.json}), and assembles what they declare into the
 * document Terraform reads: {@code {"service_resources": {<service>: {...}}}}.
 */
final class DeclarationsExporter {

	private static final Path OUTPUT = Path.of("target", "declarations");

	private DeclarationsExporter() {
	}

	static ObjectNode export() {
		JsonNode settings = Repository.readJson(Repository.infra().resolve("deployment.auto.tfvars.json"))
			.path("services");
		Map<String, Future<JsonNode>> exports = new TreeMap<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
			for (Service service : Repository.services()) {
				exports.put(service.name(), pool.submit(() -> export(service, settings.path(service.name()))));
			}
		}
		ObjectNode resources = Repository.JSON.createObjectNode();
		exports.forEach((name, export) -> resources.set(name, join(export)));
		ObjectNode document = Repository.JSON.createObjectNode();
		document.set("service_resources", resources);
		return document;
	}

	private static JsonNode export(Service service, JsonNode settings) throws IOException, InterruptedException {
		Path jar = service.jar();
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(
					jar + " does not exist: these checks read each service's packaged jar (./mvnw verify builds it)");
		}
		requireNewerThanItsClasses(service, jar);
		Path output = OUTPUT.resolve(service.name() + ".json").toAbsolutePath();
		Path log = OUTPUT.resolve(service.name() + ".log").toAbsolutePath();
		Files.createDirectories(OUTPUT);
		Files.deleteIfExists(output);
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
				"-XX:+UseSerialGC", "-Xmx384m", "-Dloader.path=" + exporterClasses(),
				"-Dloader.main=" + DeclarationsExport.class.getName(), "-cp", jar.toString(),
				"org.springframework.boot.loader.launch.PropertiesLauncher", startClass(jar), output.toString()));
		settings.path("properties")
			.properties()
			.forEach(p -> command.add("--" + p.getKey() + "=" + p.getValue().asString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException(
					service.name() + "'s declarations were not exported in 3 minutes; see " + log);
		}
		if (process.exitValue() != 0 || !Files.isRegularFile(output)) {
			throw new IllegalStateException(service.name() + "'s declarations could not be exported (exit "
					+ process.exitValue() + "):\n" + tail(log));
		}
		return Repository.readJson(output);
	}

	/**
	 * A jar older than its classes (a build that stopped before package) would export old
	 * code.
	 */
	private static void requireNewerThanItsClasses(Service service, Path jar) throws IOException {
		Path classes = jar.resolveSibling("classes");
		if (!Files.isDirectory(classes)) {
			return;
		}
		try (var files = Files.walk(classes)) {
			var newer = files.filter(Files::isRegularFile).filter(file -> isNewer(file, jar)).findFirst();
			if (newer.isPresent()) {
				throw new IllegalStateException(jar + " is older than " + newer.get() + ": package " + service.module()
						+ " again (./mvnw -pl infra/checks -am verify builds it)");
			}
		}
	}

	private static boolean isNewer(Path file, Path than) {
		try {
			return Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(than)) > 0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String startClass(Path jar) throws IOException {
		try (JarFile file = new JarFile(jar.toFile())) {
			return file.getManifest().getMainAttributes().getValue("Start-Class");
		}
	}

	private static String exporterClasses() {
		try {
			return Path.of(DeclarationsExport.class.getProtectionDomain().getCodeSource().getLocation().toURI())
				.toString();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String tail(Path log) {
		List<String> lines = Repository.read(log).lines().toList();
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	private static JsonNode join(Future<JsonNode> export) {
		try {
			return export.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof IOException io) {
				throw new UncheckedIOException(io);
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

}
