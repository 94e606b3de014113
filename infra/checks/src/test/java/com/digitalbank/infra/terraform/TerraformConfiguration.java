package com.digitalbank.infra.terraform;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.digitalbank.infra.Repository;
import tools.jackson.databind.JsonNode;

/**
 * The Terraform under {@code infra/} as HCL parses it: the build's
 * {@code parse-terraform.sh} turns every module directory into JSON with
 * {@code @cdktf/hcl2json} (Terraform's own HCL parser, compiled to WebAssembly), and this
 * reads it: blocks by kind, type and name, and the references each expression makes.
 */
final class TerraformConfiguration {

	private static final Path PARSED = Path.of("target", "terraform", "terraform.json");

	private static final Pattern REFERENCE = Pattern.compile(
			"(?<![\\w.\"/:-])(var|local|module|data)\\.([A-Za-z0-9_-]+)(?:\\.([A-Za-z0-9_-]+))?(?:\\.([A-Za-z0-9_-]+))?");

	private static final Pattern RESOURCE_REFERENCE = Pattern
		.compile("(?<![\\w.\"/:-])((?:aws|archive)_[a-z0-9_]+)\\.([a-z0-9_]+)\\b");

	private final JsonNode modules;

	private TerraformConfiguration(JsonNode modules) {
		this.modules = modules;
	}

	static TerraformConfiguration parsed() {
		return new TerraformConfiguration(Repository.readJson(PARSED).path("modules"));
	}

	/** The module directories relative to {@code infra/} ("." is the environment). */
	Set<String> modules() {
		return new TreeSet<>(modules.propertyNames());
	}

	/**
	 * Every block of a kind ("variable", "output", "module", "resource", ...) in a
	 * module, by name.
	 */
	Map<String, JsonNode> blocks(String module, String kind) {
		Map<String, JsonNode> blocks = new LinkedHashMap<>();
		modules.path(module)
			.path("files")
			.forEach(file -> file.path(kind)
				.properties()
				.forEach(block -> blocks.put(block.getKey(),
						block.getValue().isArray() ? block.getValue().get(0) : block.getValue())));
		return blocks;
	}

	/** The resources (or data sources) of a type in a module, by name. */
	Map<String, JsonNode> resources(String module, String kind, String type) {
		Map<String, JsonNode> resources = new LinkedHashMap<>();
		modules.path(module)
			.path("files")
			.forEach(file -> file.path(kind)
				.path(type)
				.properties()
				.forEach(resource -> resources.put(resource.getKey(), resource.getValue().get(0))));
		return resources;
	}

	/** Every resource in every module: "module: type.name" to its body. */
	Map<String, JsonNode> allResources() {
		Map<String, JsonNode> all = new LinkedHashMap<>();
		for (String module : modules()) {
			modules.path(module)
				.path("files")
				.forEach(file -> file.path("resource")
					.properties()
					.forEach(type -> type.getValue()
						.properties()
						.forEach(resource -> all.put(module + ": " + type.getKey() + "." + resource.getKey(),
								resource.getValue().get(0)))));
		}
		return all;
	}

	/** The local values a module defines, by name, as written. */
	Map<String, JsonNode> locals(String module) {
		Map<String, JsonNode> locals = new LinkedHashMap<>();
		modules.path(module)
			.path("files")
			.forEach(file -> file.path("locals")
				.forEach(block -> block.properties().forEach(local -> locals.put(local.getKey(), local.getValue()))));
		return locals;
	}

	/** Every expression a module writes, with what it refers to. */
	List<Reference> references(String module) {
		List<Reference> references = new ArrayList<>();
		modules.path(module).path("files").properties().forEach(file -> file.getValue().properties().forEach(kind -> {
			if (!kind.getKey().equals("variable")) {
				expressions(kind.getValue(), expression -> references.addAll(referencesIn(file.getKey(), expression)));
			}
		}));
		return references;
	}

	/** Calls {@code action} with every string of the node that holds an expression. */
	static void expressions(JsonNode node, java.util.function.Consumer<String> action) {
		if (node.isString()) {
			if (node.asString().contains("${")) {
				action.accept(node.asString());
			}
		}
		else {
			node.forEach(child -> expressions(child, action));
		}
	}

	private static List<Reference> referencesIn(String file, String expression) {
		List<Reference> references = new ArrayList<>();
		Matcher matcher = REFERENCE.matcher(expression);
		while (matcher.find()) {
			references.add(new Reference(file, matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4)));
		}
		Matcher resources = RESOURCE_REFERENCE.matcher(expression);
		while (resources.find()) {
			references.add(new Reference(file, "resource", resources.group(1), resources.group(2), null));
		}
		return references;
	}

	/**
	 * A reference: {@code kind} is var, local, module, data or resource; then up to three
	 * names ({@code module.data.table_arns}: "data", "table_arns"; {@code data.x.y}: "x",
	 * "y"; a resource {@code aws_sqs_queue.declared}: "aws_sqs_queue", "declared").
	 */
	record Reference(String file, String kind, String first, String second, String third) {

		@Override
		public String toString() {
			return file + ": " + kind + "." + first + (second != null ? "." + second : "");
		}

	}

}
