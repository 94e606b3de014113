package com.digitalbank.infra.terraform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each service's task role reaches only its own tables, queues and buckets: the
 * environment hands each service module exactly what that service declares, and the
 * module grants data actions on nothing else.
 */
class TaskRoleTests {

	private static final String SERVICE = "modules/service";

	private final TerraformConfiguration terraform = TerraformConfiguration.parsed();

	@Test
	void theEnvironmentGivesEachServiceOnlyWhatItDeclares() {
		JsonNode call = terraform.blocks(".", "module").get("service");
		assertThat(call.path("for_each").asString()).isEqualTo("${var.services}");
		for (String kind : List.of("tables", "queues", "buckets")) {
			String given = call.path(kind).asString();
			assertThat(given).as(kind)
				.contains("var.service_resources[each.key]." + kind)
				.doesNotContain("local." + kind)
				.doesNotContainPattern("var\\.service_resources(?!\\[each\\.key\\])");
		}
	}

	@Test
	void dataActionsAreGrantedOnTheServicesOwnResourcesOnly() {
		Map<String, String> ownArns = Map.of("dynamodb:", "local.table_arns", "sqs:", "local.queue_arns", "s3:",
				"local.bucket_arns");
		List<String> problems = new ArrayList<>();
		for (JsonNode statement : taskStatements()) {
			String resources = statement.path("resources").toString();
			String actions = statement.path("actions").toString();
			ownArns.forEach((prefix, arns) -> {
				if (actions.contains("\"" + prefix)) {
					if (!resources.contains(arns) || resources.replace(arns, "").matches(".*(local|var)\\.\\w+.*")
							|| resources.contains("\"*\"")) {
						problems.add(statement.path("sid") + " grants " + prefix + " on " + resources);
					}
				}
			});
		}
		assertThat(problems).isEmpty();
		assertThat(taskStatements()).extracting(statement -> statement.path("sid").asString())
			.contains("OwnTables", "OwnQueuesAndTheirDeadLetterQueues", "OwnObjects");
	}

	@Test
	void theOwnArnsComeFromTheServicesOwnResources() {
		Map<String, JsonNode> locals = terraform.locals(SERVICE);
		assertThat(locals.get("table_arns").asString()).isEqualTo("${[for table in values(var.tables) : table.arn]}");
		assertThat(locals.get("bucket_arns").asString())
			.isEqualTo("${[for bucket in values(var.buckets) : bucket.arn]}");
		assertThat(locals.get("queue_arns").asString()).isEqualTo(
				"${concat([for queue in values(var.queues) : queue.arn], [for queue in values(var.queues) : queue.dead_letter_queue_arn])}");
	}

	/** Extra statements (the alert topic, SES) never carry data actions. */
	@Test
	void extraStatementsGrantNoTableQueueOrBucketAction() {
		JsonNode extras = terraform.locals(".").get("extra_statements");
		assertThat(extras.toString()).doesNotContain("dynamodb:", "sqs:", "s3:");
	}

	/**
	 * The execution role reads only the service's own secrets and writes only its own
	 * log.
	 */
	@Test
	void theExecutionRoleReadsOnlyItsOwnSecrets() {
		JsonNode execution = terraform.resources(SERVICE, "data", "aws_iam_policy_document").get("execution");
		assertThat(execution.toString()).contains("${values(var.secrets)}",
				"${aws_cloudwatch_log_group.service.arn}:*");
		assertThat(terraform.blocks(".", "module").get("service").path("secrets").asString())
			.contains("each.value.secrets");
	}

	private List<JsonNode> taskStatements() {
		JsonNode task = terraform.resources(SERVICE, "data", "aws_iam_policy_document").get("task");
		List<JsonNode> statements = new ArrayList<>();
		task.path("statement").forEach(statements::add);
		task.path("dynamic").path("statement").forEach(dynamic -> dynamic.path("content").forEach(statements::add));
		return statements;
	}

}
