package com.digitalbank.agent.builder.offline;

import java.util.List;
import java.util.Optional;

/** The body of each command, by its behaviour, and the tests of those behaviours. */
final class CliCommandBodies {

	private CliCommandBodies() {
	}

	static String method(ProjectSpec spec, String command, String verb, String method) {
		String body = switch (verb) {
			case "add" -> """
					if (args.isEmpty()) {
								out.println("Nothing to add: %1$s <text>");
								return 1;
							}
							List<String> all = items.all();
							all.add(String.join(" ", args));
							items.save(all);
							out.println("Added #" + all.size() + ": " + all.getLast());
							return 0;""";
			case "list" -> """
					List<String> all = items.all();
							if (all.isEmpty()) {
								out.println("Nothing yet.");
							}
							for (int i = 0; i < all.size(); i++) {
								out.println((i + 1) + ". " + all.get(i));
							}
							return 0;""";
			case "remove" -> """
					List<String> all = items.all();
							int number = number(args, all);
							if (number < 0) {
								out.println("No such item: %1$s <number>");
								return 1;
							}
							out.println("Removed: " + all.remove(number - 1));
							items.save(all);
							return 0;""";
			case "done" -> """
					List<String> all = items.all();
							int number = number(args, all);
							if (number < 0) {
								out.println("No such item: %1$s <number>");
								return 1;
							}
							if (!all.get(number - 1).startsWith("[x] ")) {
								all.set(number - 1, "[x] " + all.get(number - 1));
							}
							items.save(all);
							out.println("Done: " + all.get(number - 1));
							return 0;""";
			case "clear" -> """
					items.save(List.of());
							out.println("Cleared.");
							return 0;""";
			case "count" -> """
					out.println(items.all().size());
							return 0;""";
			case "search" ->
				"""
						String needle = String.join(" ", args).toLowerCase(Locale.ROOT);
								items.all().stream().filter(item -> item.toLowerCase(Locale.ROOT).contains(needle)).forEach(out::println);
								return 0;""";
			case "help" -> """
					usage();
							return 0;""";
			case "version" -> """
					out.println("%2$s 0.1.0");
							return 0;""";
			default -> """
					out.println("%1$s: " + String.join(" ", args));
							return 0;""";
		};
		return """

					/** {@code %s}: %s. */
					int %s(List<String> args) throws IOException {
						%s
					}
				""".formatted(command, CliToolSources.describe(command).replace("`", ""), method,
				body.formatted(command, spec.slug()));
	}

	static String tests(ProjectSpec spec, List<String> commands) {
		StringBuilder tests = new StringBuilder();
		Optional<String> add = first(commands, "add");
		Optional<String> list = first(commands, "list");
		Optional<String> remove = first(commands, "remove");
		Optional<String> done = first(commands, "done");
		tests.append(
				test("helpNamesEveryCommand",
						"assertEquals(0, commands().run(\"help\", List.of()));\n" + String.join("", commands.stream()
							.map(command -> "\t\tassertTrue(output.toString().contains(\"" + command + "\"));\n")
							.toList())));
		tests.append(
				test("anUnknownCommandFails", "assertEquals(2, commands().run(\"no-such-command\", List.of()));\n"));
		add.ifPresent(a -> tests.append(test("addedItemsAreKept", "assertEquals(0, commands().run(\"" + a
				+ "\", List.of(\"buy\", \"milk\")));\n" + "\t\tassertEquals(List.of(\"buy milk\"), list().all());\n")));
		add.ifPresent(a -> list.ifPresent(l -> tests.append(test("listShowsTheItemsNumbered",
				"commands().run(\"" + a + "\", List.of(\"first\"));\n\t\tcommands().run(\"" + a
						+ "\", List.of(\"second\"));\n\n\t\tassertEquals(0, commands().run(\"" + l
						+ "\", List.of()));\n\t\tassertTrue(output.toString().contains(\"2. second\"));\n"))));
		add.ifPresent(a -> remove.ifPresent(r -> tests.append(test("removedItemsAreGone", "commands().run(\"" + a
				+ "\", List.of(\"first\"));\n\t\tcommands().run(\"" + a
				+ "\", List.of(\"second\"));\n\n\t\tassertEquals(0, commands().run(\"" + r
				+ "\", List.of(\"1\")));\n\t\tassertEquals(List.of(\"second\"), list().all());\n\t\tassertEquals(1, commands().run(\""
				+ r + "\", List.of(\"9\")));\n"))));
		add.ifPresent(a -> done.ifPresent(d -> tests.append(test("doneItemsAreMarked",
				"commands().run(\"" + a + "\", List.of(\"first\"));\n\n\t\tassertEquals(0, commands().run(\"" + d
						+ "\", List.of(\"1\")));\n\t\tassertEquals(List.of(\"[x] first\"), list().all());\n"))));
		return """
				package %s;

				import java.io.ByteArrayOutputStream;
				import java.io.PrintStream;
				import java.nio.charset.StandardCharsets;
				import java.nio.file.Path;
				import java.util.List;

				import org.junit.jupiter.api.Test;
				import org.junit.jupiter.api.io.TempDir;

				import static org.junit.jupiter.api.Assertions.assertEquals;
				import static org.junit.jupiter.api.Assertions.assertTrue;

				class CommandsTests {

					@TempDir
					Path home;

					private final ByteArrayOutputStream output = new ByteArrayOutputStream();

					private ItemList list() {
						return new ItemList(home.resolve("items.txt"));
					}

					private Commands commands() {
						return new Commands(list(), new PrintStream(output, true, StandardCharsets.UTF_8));
					}
				%s
				}
				""".formatted(spec.packageName(), tests);
	}

	private static Optional<String> first(List<String> commands, String verb) {
		return commands.stream().filter(command -> CliToolSources.verb(command).equals(verb)).findFirst();
	}

	private static String test(String name, String body) {
		return "\n\t@Test\n\tvoid " + name + "() throws Exception {\n\t\t" + body + "\t}\n";
	}

}
