package com.digitalbank.infra.containers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.digitalbank.infra.Repository;

/**
 * A Dockerfile read instruction by instruction (continuation lines joined), with its
 * {@code ARG} defaults substituted, which is all these checks need of Docker's syntax.
 */
record Dockerfile(Path file, List<Instruction> instructions) {

	static Dockerfile of(Path file) {
		List<Instruction> instructions = new ArrayList<>();
		Map<String, String> arguments = new LinkedHashMap<>();
		String pending = "";
		for (String line : Repository.read(file).split("\n")) {
			if (line.isBlank() || line.stripLeading().startsWith("#")) {
				continue;
			}
			if (line.endsWith("\\")) {
				pending += line.substring(0, line.length() - 1) + " ";
				continue;
			}
			String whole = (pending + line).strip();
			pending = "";
			String keyword = whole.split("\\s+", 2)[0].toUpperCase();
			String rest = whole.substring(keyword.length()).strip();
			if (keyword.equals("ARG") && rest.contains("=")) {
				arguments.put(rest.substring(0, rest.indexOf('=')), rest.substring(rest.indexOf('=') + 1));
			}
			for (var argument : arguments.entrySet()) {
				rest = rest.replace("${" + argument.getKey() + "}", argument.getValue());
			}
			instructions.add(new Instruction(keyword, rest));
		}
		return new Dockerfile(file, instructions);
	}

	List<String> all(String keyword) {
		return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
	}

	/** The instructions of the last stage: what the image runs. */
	List<Instruction> finalStage() {
		int start = 0;
		for (int i = 0; i < instructions.size(); i++) {
			if (instructions.get(i).keyword().equals("FROM")) {
				start = i;
			}
		}
		return instructions.subList(start, instructions.size());
	}

	/** The sources of every COPY that reads the build context (not another stage). */
	List<String> contextSources() {
		List<String> sources = new ArrayList<>();
		for (String copy : all("COPY")) {
			if (!copy.startsWith("--from")) {
				String[] parts = copy.split("\\s+");
				for (int i = 0; i < parts.length - 1; i++) {
					sources.add(parts[i]);
				}
			}
		}
		return sources;
	}

	record Instruction(String keyword, String arguments) {

	}

}
