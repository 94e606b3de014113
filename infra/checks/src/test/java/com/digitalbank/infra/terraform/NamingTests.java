package com.digitalbank.infra.terraform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.digitalbank.infra.Repository;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every name carries the environment's suffix, so dev, sit and prod can share an account;
 * and each service is told the suffixed name of each of its resources through the very
 * property its code reads it from, as Spring Boot's binder reads
 * {@code @ConfigurationProperties} from the environment.
 */
class NamingTests {

	/** Attributes that name a resource in its account and region. */
	private static final List<String> NAME_ATTRIBUTES = List.of("name", "bucket", "family", "function_name",
			"alarm_name", "dashboard_name", "domain", "identifier");

	/**
	 * Resources whose "name" is not an account-wide name: an inline policy's name is
	 * scoped to its role, a DNS record's is a host name under the environment's own
	 * domain.
	 */
	private static final Set<String> NOT_ACCOUNT_WIDE = Set.of("aws_iam_role_policy", "aws_route53_record",
			"aws_ecs_cluster_capacity_providers", "aws_cognito_resource_server");

	/**
	 * Attributes that point at a resource named elsewhere (a bucket's policy names its
	 * bucket).
	 */
	private static final Pattern NAMES_ANOTHER_RESOURCE = Pattern
		.compile("\\$\\{aws_[a-z0-9_]+\\.[a-z0-9_]+(\\[[^]]+])?\\.(id|name|arn|function_name)}");

	/** Attributes called like a name that are not one. */
	private static final Set<String> IS_NOT_A_NAME = Set.of("aws_eip.domain");

	private final TerraformConfiguration terraform = TerraformConfiguration.parsed();

	@Test
	void everyNameCarriesTheEnvironmentSuffix() {
		List<String> unsuffixed = new ArrayList<>();
		terraform.allResources().forEach((resource, body) -> {
			String module = resource.substring(0, resource.indexOf(':'));
			String address = resource.substring(resource.indexOf(": ") + 2);
			String type = address.substring(0, address.indexOf('.'));
			if (NOT_ACCOUNT_WIDE.contains(type)) {
				return;
			}
			for (String attribute : NAME_ATTRIBUTES) {
				String value = body.path(attribute).asString();
				if (body.has(attribute) && !NAMES_ANOTHER_RESOURCE.matcher(value).matches()
						&& !IS_NOT_A_NAME.contains(type + "." + attribute) && !carriesSuffix(module, value)) {
					unsuffixed.add(resource + "." + attribute + " = " + body.get(attribute));
				}
			}
		});
		assertThat(unsuffixed).isEmpty();
	}

	@Test
	void declaredResourcesAreNamedTheirDeclaredNameAndTheSuffix() {
		Map<String, JsonNode> locals = terraform.locals("modules/data");
		assertThat(locals.get("table_names").asString()).contains("name => \"${name}-${var.environment}\"");
		assertThat(locals.get("queue_names").asString()).contains("\"${name}-${var.environment}\"",
				"\"${trimsuffix(name, \".fifo\")}-${var.environment}.fifo\"");
		assertThat(locals.get("dead_letter_queue_names").asString())
			.contains("\"${queue.dead_letter_queue}-${var.environment}\"");
		assertThat(locals.get("bucket_names").asString()).contains("\"${name}-${var.environment}-${var.account_id}\"");
		Map<String, JsonNode> queues = terraform.resources("modules/data", "resource", "aws_sqs_queue");
		assertThat(queues.get("declared").path("name").asString()).isEqualTo("${local.queue_names[each.key]}");
		assertThat(queues.get("dead_letter").path("name").asString())
			.isEqualTo("${local.dead_letter_queue_names[each.key]}");
	}

	/**
	 * The service module passes each resource's physical name under each property the
	 * service's code reads it from (as the export found them), as an environment variable
	 * named by the rule below; Spring Boot's own relaxed binding must read each back.
	 */
	@Test
	void eachServiceReadsItsSuffixedNamesFromTheEnvironment() {
		assertThat(terraform.locals("modules/service").get("environment").asString())
			.contains("upper(replace(replace(key, \"-\", \"\"), \".\", \"_\")) => value")
			.contains("merge(var.properties, local.resource_properties)");
		List<String> unread = new ArrayList<>();
		Repository.readJson(Repository.infra().resolve("services.auto.tfvars.json"))
			.path("service_resources")
			.forEach(service -> service
				.forEach(kind -> kind.forEach(resource -> resource.path("properties").forEach(property -> {
					String key = property.asString();
					var environment = new SystemEnvironmentPropertySource(
							StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							Map.of(environmentVariable(key), "bank-accounts-dev"));
					Binder binder = new Binder(ConfigurationPropertySources.from(environment));
					if (!"bank-accounts-dev".equals(binder.bind(key, String.class).orElse(null))) {
						unread.add(key + " from " + environmentVariable(key));
					}
				}))));
		assertThat(unread).isEmpty();
	}

	@Test
	void everyQueueRedrivesToItsDeadLetterQueueAsDeclaredAndKeepsMessagesFourteenDays() {
		Map<String, JsonNode> queues = terraform.resources("modules/data", "resource", "aws_sqs_queue");
		assertThat(queues.get("declared").path("redrive_policy").asString())
			.contains("deadLetterTargetArn = aws_sqs_queue.dead_letter[each.key].arn")
			.contains("maxReceiveCount     = each.value.max_receive_count");
		queues.values()
			.forEach(queue -> assertThat(queue.path("message_retention_seconds").asString())
				.isEqualTo("${var.message_retention_seconds}"));
		assertThat(
				terraform.blocks("modules/data", "variable").get("message_retention_seconds").path("default").asInt())
			.isEqualTo(14 * 24 * 3600);
	}

	/** The rule Terraform applies, in Java: a.b-c becomes A_BC. */
	private static String environmentVariable(String key) {
		return key.replace("-", "").replace(".", "_").toUpperCase(java.util.Locale.ROOT);
	}

	private boolean carriesSuffix(String module, String expression) {
		if (expression.contains("var.environment")) {
			return true;
		}
		for (var local : terraform.locals(module).entrySet()) {
			if (expression.contains("local." + local.getKey())
					&& local.getValue().toString().contains("var.environment")) {
				return true;
			}
		}
		return false;
	}

}
