package com.digitalbank.agent.builder.offline;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The command-line tool's Java sources. */
final class CliToolSources {

	/** Command names the tool understands, by the behaviour they get. */
	private static final Map<String, Set<String>> VERBS = Map.of("add", Set.of("add", "create", "new", "push"), "list",
			Set.of("list", "ls", "show", "all"), "remove", Set.of("remove", "delete", "rm", "drop"), "done",
			Set.of("done", "complete", "finish", "check", "tick"), "clear", Set.of("clear", "reset", "purge"), "count",
			Set.of("count", "total", "size"), "search", Set.of("search", "find", "grep", "filter"), "help",
			Set.of("help"), "version", Set.of("version"));

	private CliToolSources() {
	}

	static String verb(String command) {
		return VERBS.entrySet()
			.stream()
			.filter(entry -> entry.getValue().contains(command))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse("echo");
	}

	static String describe(String command) {
		return switch (verb(command)) {
			case "add" -> "adds an item: `" + command + " buy milk`";
			case "list" -> "lists the items, numbered";
			case "remove" -> "removes an item by number";
			case "done" -> "marks an item done by number";
			case "clear" -> "removes every item";
			case "count" -> "prints how many items there are";
			case "search" -> "lists the items containing a text";
			case "help" -> "prints the commands";
			case "version" -> "prints the version";
			default -> "prints what it is given";
		};
	}

	static String homeVariable(ProjectSpec spec) {
		return spec.slug().toUpperCase(Locale.ROOT).replace('-', '_') + "_HOME";
	}

	static String entryPoint(ProjectSpec spec) {
		return """
				package %s;

				import java.io.IOException;
				import java.util.List;

				/** %s: %s */
				public final class %s {

					private %s() {
					}

					public static void main(String[] args) throws IOException {
						List<String> arguments = List.of(args);
						String command = arguments.isEmpty() ? "help" : arguments.getFirst();
						List<String> rest = arguments.isEmpty() ? List.of() : arguments.subList(1, arguments.size());
						System.exit(new Commands(ItemList.inHome(), System.out).run(command, rest));
					}

				}
				""".formatted(spec.packageName(), Names.comment(spec.name()), Names.comment(spec.tagline()),
				spec.classPrefix(), spec.classPrefix());
	}

	static String itemList(ProjectSpec spec) {
		return """
				package %s;

				import java.io.IOException;
				import java.nio.file.Files;
				import java.nio.file.Path;
				import java.util.ArrayList;
				import java.util.List;

				/** The items, one a line in a text file. */
				public final class ItemList {

					private final Path file;

					public ItemList(Path file) {
						this.file = file;
					}

					/** The list in {@code $%s}, or in {@code ~/.%s}. */
					public static ItemList inHome() {
						String home = System.getenv("%s");
						Path folder = home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".%s");
						return new ItemList(folder.resolve("items.txt"));
					}

					public List<String> all() throws IOException {
						return Files.exists(file) ? new ArrayList<>(Files.readAllLines(file)) : new ArrayList<>();
					}

					public void save(List<String> items) throws IOException {
						Files.createDirectories(file.toAbsolutePath().getParent());
						Files.write(file, items);
					}

				}
				""".formatted(spec.packageName(), homeVariable(spec), spec.slug(), homeVariable(spec), spec.slug());
	}

	static String commands(ProjectSpec spec) {
		StringBuilder cases = new StringBuilder();
		StringBuilder methods = new StringBuilder();
		Set<String> used = new LinkedHashSet<>(Set.of("run", "number", "usage"));
		for (String command : spec.commands()) {
			String method = Names.fieldName(command);
			for (int n = 2; !used.add(method); n++) {
				method = Names.fieldName(command) + n;
			}
			cases.append("\t\t\tcase \"").append(command).append("\" -> ").append(method).append("(args);\n");
			methods.append(CliCommandBodies.method(spec, command, verb(command), method));
		}
		return """
				package %s;

				import java.io.IOException;
				import java.io.PrintStream;
				import java.util.List;
				import java.util.Locale;

				/** The commands, one method each; every one answers the program's exit status. */
				public final class Commands {

					private final ItemList items;

					private final PrintStream out;

					public Commands(ItemList items, PrintStream out) {
						this.items = items;
						this.out = out;
					}

					public int run(String command, List<String> args) throws IOException {
						return switch (command) {
				%s			default -> {
								out.println("Unknown command: " + command);
								usage();
								yield 2;
							}
						};
					}
				%s
					private void usage() {
						out.println("Usage: %s <command> [arguments]");
				%s	}

					private int number(List<String> args, List<String> all) {
						try {
							int number = Integer.parseInt(args.isEmpty() ? "" : args.getFirst());
							return number >= 1 && number <= all.size() ? number : -1;
						}
						catch (NumberFormatException ex) {
							return -1;
						}
					}

				}
				""".formatted(spec.packageName(), cases, methods, spec.slug(), usageLines(spec));
	}

	private static String usageLines(ProjectSpec spec) {
		StringBuilder lines = new StringBuilder();
		spec.commands()
			.forEach(command -> lines.append("\t\tout.println(\"  ")
				.append(command)
				.append(" - ")
				.append(describe(command).replace("`", "'").replace("\"", "'"))
				.append("\");\n"));
		return lines.toString();
	}

	static String tests(ProjectSpec spec) {
		return CliCommandBodies.tests(spec, List.copyOf(spec.commands()));
	}

}
