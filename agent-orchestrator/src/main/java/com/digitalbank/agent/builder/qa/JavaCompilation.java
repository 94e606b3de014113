package com.digitalbank.agent.builder.qa;

import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import com.digitalbank.agent.builder.FileContent;
import com.digitalbank.agent.builder.QaReport.QaCheck;
import com.digitalbank.agent.builder.QaReport.QaFailure;

/**
 * Compiles the project's Java sources in memory with the JDK's compiler (Java 21, no
 * annotation processing, class files discarded: generated code is compiled, never run).
 * The classpath is the service's own, which holds Spring's web and Boot jars; tests are
 * compiled when JUnit is on it too. A source importing a library QA does not have cannot
 * be judged here: the check is then UNVERIFIED instead of failing the project.
 */
final class JavaCompilation {

	static final String NAME = "java-compilation";

	private static final String MISSING_PACKAGE = "compiler.err.doesnt.exist";

	private JavaCompilation() {
	}

	static CheckResult check(List<FileContent> files) {
		boolean junit = junitAvailable();
		List<FileContent> sources = files.stream()
			.filter(file -> file.path().endsWith(".java"))
			.filter(file -> junit || !file.path().value().contains("src/test/"))
			.toList();
		if (sources.isEmpty()) {
			return CheckResult.of(NAME, 0, List.of());
		}
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		if (compiler == null) {
			return new CheckResult(new QaCheck(NAME, CheckResult.UNVERIFIED, sources.size(), "No JDK compiler"),
					List.of());
		}
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		try (StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
			List<String> options = List.of("--release", "21", "-proc:none", "-implicit:none", "-classpath",
					System.getProperty("java.class.path"));
			compiler
				.getTask(null, new DiscardingFileManager(standard), diagnostics, options, null,
						sources.stream().map(Source::new).toList())
				.call();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return result(sources.size(), diagnostics.getDiagnostics(), junit);
	}

	private static CheckResult result(int count, List<Diagnostic<? extends JavaFileObject>> diagnostics,
			boolean junit) {
		List<QaFailure> failures = new ArrayList<>();
		boolean missingLibrary = false;
		for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics) {
			if (diagnostic.getKind() != Diagnostic.Kind.ERROR) {
				continue;
			}
			missingLibrary |= MISSING_PACKAGE.equals(diagnostic.getCode());
			String path = diagnostic.getSource() instanceof Source source ? source.path : "";
			failures.add(new QaFailure(path, Math.max(0, diagnostic.getLineNumber()), NAME,
					diagnostic.getMessage(Locale.ROOT)));
		}
		if (missingLibrary) {
			return new CheckResult(
					new QaCheck(NAME, CheckResult.UNVERIFIED, count,
							"Imports libraries QA does not have; " + failures.size() + " errors not judged"),
					List.of());
		}
		String detail = junit ? null : "Tests not compiled: JUnit is not on QA's classpath";
		return failures.isEmpty() ? new CheckResult(new QaCheck(NAME, CheckResult.PASSED, count, detail), List.of())
				: CheckResult.of(NAME, count, failures);
	}

	private static boolean junitAvailable() {
		try {
			Class.forName("org.junit.jupiter.api.Test", false, JavaCompilation.class.getClassLoader());
			return true;
		}
		catch (ClassNotFoundException ex) {
			return false;
		}
	}

	/** A source held in memory, named by its project path. */
	private static final class Source extends SimpleJavaFileObject {

		private final String path;

		private final String content;

		Source(FileContent file) {
			super(URI.create("string:///" + file.path().value()), Kind.SOURCE);
			this.path = file.path().value();
			this.content = file.content();
		}

		@Override
		public CharSequence getCharContent(boolean ignoreEncodingErrors) {
			return content;
		}

	}

	/** Writes class files nowhere. */
	private static final class DiscardingFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {

		DiscardingFileManager(StandardJavaFileManager standard) {
			super(standard);
		}

		@Override
		public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
				FileObject sibling) {
			return new SimpleJavaFileObject(URI.create("discard:///" + className.replace('.', '/') + kind.extension),
					kind) {
				@Override
				public OutputStream openOutputStream() {
					return OutputStream.nullOutputStream();
				}
			};
		}

	}

}
