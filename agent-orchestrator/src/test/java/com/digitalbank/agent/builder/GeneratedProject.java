package com.digitalbank.agent.builder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * A packaged project as its user gets it: downloaded from its presigned link, unpacked,
 * its Java compiled with the JDK compiler and its JUnit tests run in this JVM.
 */
final class GeneratedProject {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	final Map<String, String> files;

	private GeneratedProject(Map<String, String> files) {
		this.files = files;
	}

	static GeneratedProject download(String url) {
		try {
			HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).as("download of " + url).isEqualTo(200);
			return new GeneratedProject(unzip(response.body()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Path (inside the top folder) to text; every entry once, none outside the folder.
	 */
	private static Map<String, String> unzip(byte[] zip) throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				String name = entry.getName();
				assertThat(name).doesNotContain("..").doesNotStartWith("/");
				String path = name.substring(name.indexOf('/') + 1);
				assertThat(files.put(path, new String(in.readAllBytes(), StandardCharsets.UTF_8)))
					.as("zip entry written twice: " + name)
					.isNull();
			}
		}
		return files;
	}

	String file(String suffix) {
		return files.entrySet()
			.stream()
			.filter(file -> file.getKey().endsWith(suffix))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElseThrow(() -> new AssertionError("No file ending " + suffix + " in " + files.keySet()));
	}

	/** Compiles every Java source, then runs every test class; answers the summary. */
	TestExecutionSummary compileAndRunTests() throws Exception {
		Path folder = Files.createTempDirectory("generated-project-").toRealPath();
		List<Path> sources = new ArrayList<>();
		for (Map.Entry<String, String> file : files.entrySet()) {
			Path target = folder.resolve(file.getKey()).normalize();
			assertThat(target).startsWithRaw(folder);
			Files.createDirectories(target.getParent());
			Files.writeString(target, file.getValue());
			if (file.getKey().endsWith(".java")) {
				sources.add(target);
			}
		}
		Path classes = Files.createDirectories(folder.resolve("target/classes"));
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		try (StandardJavaFileManager manager = compiler.getStandardFileManager(diagnostics, null,
				StandardCharsets.UTF_8)) {
			boolean compiled = compiler
				.getTask(null, manager, diagnostics,
						List.of("--release", "21", "-proc:none", "-d", classes.toString(), "-classpath",
								System.getProperty("java.class.path")),
						null, manager.getJavaFileObjectsFromPaths(sources))
				.call();
			assertThat(compiled).as(diagnostics.getDiagnostics().toString()).isTrue();
		}
		try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] { classes.toUri().toURL() },
				getClass().getClassLoader())) {
			LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
			for (String path : files.keySet()) {
				if (path.startsWith("src/test/java/") && path.endsWith(".java")) {
					String className = path.substring("src/test/java/".length(), path.length() - 5).replace('/', '.');
					request.selectors(selectClass(loader.loadClass(className)));
				}
			}
			LauncherDiscoveryRequest discovery = request.build();
			Launcher launcher = LauncherFactory.create();
			SummaryGeneratingListener listener = new SummaryGeneratingListener();
			ClassLoader previous = Thread.currentThread().getContextClassLoader();
			Thread.currentThread().setContextClassLoader(loader);
			try {
				launcher.execute(discovery, listener);
			}
			finally {
				Thread.currentThread().setContextClassLoader(previous);
			}
			return listener.getSummary();
		}
	}

}
