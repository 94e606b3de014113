package com.digitalbank.agent.builder.dev;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.digitalbank.agent.builder.FileContent;
import com.digitalbank.agent.builder.ProjectPath;
import com.digitalbank.agent.builder.UnsafePathException;

/**
 * The files in a model's answer: fenced code blocks, each named by the line before it
 * ({@code === FILE: path ===}, {@code File: path}, {@code ### path}, {@code **path**}) or
 * by its fence ({@code ```java src/App.java}, {@code ```java:src/App.java}). A fence
 * closes only on a line of at least as many backticks as opened it, so a README may hold
 * fences of its own. Fenced blocks without a name are prose and ignored. Every name must
 * be a {@link ProjectPath}: one path outside the project refuses the whole answer.
 */
final class FileBlocks {

	private static final Pattern FENCE = Pattern.compile("^(`{3,})\\s*(.*)$");

	private static final Pattern HEADER = Pattern.compile(
			"^\\s*(?:=+\\s*)?(?:#{1,6}\\s*)?(?:\\*\\*)?(?:(?:file|path)\\s*:\\s*)?`?([^\\s`*=]+)`?(?:\\*\\*)?\\s*(?:=+)?\\s*:?\\s*$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern NAMED_FENCE = Pattern.compile("^(?:[A-Za-z0-9+#-]+[ :])?\\s*(\\S+)$");

	private FileBlocks() {
	}

	/**
	 * @throws UnsafePathException when a block is named by a path outside the project
	 */
	static List<FileContent> extract(String answer) {
		Map<String, FileContent> files = new LinkedHashMap<>();
		String[] lines = answer.replace("\r\n", "\n").split("\n", -1);
		String pending = null;
		for (int i = 0; i < lines.length; i++) {
			Matcher fence = FENCE.matcher(lines[i]);
			if (!fence.matches()) {
				pending = headerPath(lines[i], pending);
				continue;
			}
			String ticks = fence.group(1);
			String path = fencePath(fence.group(2));
			if (path == null) {
				path = pending;
			}
			List<String> body = new ArrayList<>();
			for (i++; i < lines.length && !closes(lines[i], ticks); i++) {
				body.add(lines[i]);
			}
			if (path != null) {
				ProjectPath checked = new ProjectPath(path);
				files.put(checked.value(), new FileContent(checked, String.join("\n", body) + "\n"));
			}
			pending = null;
		}
		return List.copyOf(files.values());
	}

	/** The path a header line names, the pending one for a blank line, else none. */
	private static String headerPath(String line, String pending) {
		if (line.isBlank()) {
			return pending;
		}
		Matcher header = HEADER.matcher(line);
		if (header.matches() && looksLikePath(header.group(1))) {
			return header.group(1);
		}
		return null;
	}

	private static String fencePath(String info) {
		Matcher named = NAMED_FENCE.matcher(info.strip());
		if (!named.matches()) {
			return null;
		}
		String candidate = named.group(1);
		return candidate.contains("/") || (candidate.contains(".") && !candidate.startsWith(".")) ? candidate : null;
	}

	private static boolean looksLikePath(String candidate) {
		return candidate.contains("/") || candidate.contains("\\") || candidate.contains(".")
				|| candidate.equals("Dockerfile") || candidate.equals("Makefile");
	}

	private static boolean closes(String line, String ticks) {
		String stripped = line.strip();
		return stripped.length() >= ticks.length() && stripped.chars().allMatch(c -> c == '`');
	}

}
