package com.digitalbank.infra.terraform;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.digitalbank.infra.Repository;
import com.digitalbank.infra.terraform.TerraformConfiguration.Reference;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code terraform validate} would say about references, without Terraform or its
 * providers: every variable, local, module output, data source and resource an expression
 * refers to exists, every module call passes its module's variables and no others, and
 * every value the environment files set is a variable of the environment.
 */
class TerraformReferencesTests {

	private static final Set<String> META_ARGUMENTS = Set.of("source", "for_each", "count", "depends_on", "providers",
			"version");

	private final TerraformConfiguration terraform = TerraformConfiguration.parsed();

	@Test
	void parsesEveryModule() {
		assertThat(terraform.modules()).contains(".", "modules/network", "modules/data", "modules/identity",
				"modules/edge", "modules/service");
	}

	@Test
	void everyReferencedVariableLocalDataSourceAndResourceExists() {
		List<String> missing = new ArrayList<>();
		for (String module : terraform.modules()) {
			Set<String> variables = terraform.blocks(module, "variable").keySet();
			Set<String> locals = terraform.locals(module).keySet();
			for (Reference reference : terraform.references(module)) {
				boolean exists = switch (reference.kind()) {
					case "var" -> variables.contains(reference.first());
					case "local" -> locals.contains(reference.first());
					case "data" ->
						terraform.resources(module, "data", reference.first()).containsKey(reference.second());
					case "resource" ->
						terraform.resources(module, "resource", reference.first()).containsKey(reference.second());
					default -> true;
				};
				if (!exists) {
					missing.add(module + "/" + reference);
				}
			}
		}
		assertThat(missing).as("references to nothing").isEmpty();
	}

	@Test
	void everyReferencedModuleOutputExists() {
		List<String> missing = new ArrayList<>();
		for (String module : terraform.modules()) {
			Map<String, JsonNode> calls = terraform.blocks(module, "module");
			for (Reference reference : terraform.references(module)) {
				if (!reference.kind().equals("module")) {
					continue;
				}
				JsonNode call = calls.get(reference.first());
				if (call == null) {
					missing.add(module + "/" + reference + " (no module " + reference.first() + ")");
				}
				else if (reference.second() != null
						&& !terraform.blocks(childOf(module, call), "output").containsKey(reference.second())) {
					missing.add(module + "/" + reference + " (" + childOf(module, call) + " has no such output)");
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyModuleCallPassesItsModulesVariablesAndNoOthers() {
		List<String> problems = new ArrayList<>();
		for (String module : terraform.modules()) {
			terraform.blocks(module, "module").forEach((name, call) -> {
				String child = childOf(module, call);
				assertThat(terraform.modules()).as("module %s's source", name).contains(child);
				Map<String, JsonNode> variables = terraform.blocks(child, "variable");
				Set<String> passed = new TreeSet<>(call.propertyNames());
				passed.removeAll(META_ARGUMENTS);
				for (String argument : passed) {
					if (!variables.containsKey(argument)) {
						problems.add(module + ": module " + name + " passes " + argument + ", which " + child
								+ " does not declare");
					}
				}
				variables.forEach((variable, body) -> {
					if (!body.has("default") && !passed.contains(variable)) {
						problems.add(module + ": module " + name + " does not pass " + variable + ", which " + child
								+ " requires");
					}
				});
			});
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyValueTheEnvironmentFilesSetIsAVariable() {
		Set<String> variables = terraform.blocks(".", "variable").keySet();
		Pattern assignment = Pattern.compile("(?m)^([a-z_]+)\\s*=");
		List<String> unknown = new ArrayList<>();
		for (String environment : List.of("dev", "sit", "prod")) {
			Path file = Repository.infra().resolve("environments").resolve(environment + ".tfvars");
			Matcher matcher = assignment.matcher(Repository.read(file));
			while (matcher.find()) {
				if (!variables.contains(matcher.group(1))) {
					unknown.add(environment + ".tfvars: " + matcher.group(1));
				}
			}
		}
		for (String json : List.of("services.auto.tfvars.json", "deployment.auto.tfvars.json")) {
			Repository.readJson(Repository.infra().resolve(json)).propertyNames().forEach(name -> {
				if (!variables.contains(name)) {
					unknown.add(json + ": " + name);
				}
			});
		}
		assertThat(unknown).isEmpty();
	}

	@Test
	void everyRequiredVariableOfTheEnvironmentIsSetByEachEnvironment() {
		Set<String> setEverywhere = Set.of("service_resources", "services", "image_tag");
		for (String environment : List.of("dev", "sit", "prod")) {
			String file = Repository.read(Repository.infra().resolve("environments").resolve(environment + ".tfvars"));
			terraform.blocks(".", "variable").forEach((name, body) -> {
				if (!body.has("default") && !setEverywhere.contains(name)) {
					assertThat(file).as("%s.tfvars sets %s", environment, name)
						.containsPattern("(?m)^" + name + "\\s*=");
				}
			});
		}
	}

	private static String childOf(String module, JsonNode call) {
		return Path.of(module).resolve(call.path("source").asString()).normalize().toString();
	}

}
