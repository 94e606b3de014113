package com.digitalbank.agent.builder.persistence;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.digitalbank.agent.builder.BuilderProperties;
import com.digitalbank.agent.builder.Deployment;
import com.digitalbank.agent.builder.Modification;
import com.digitalbank.agent.builder.Plan;
import com.digitalbank.agent.builder.ProjectId;
import com.digitalbank.agent.builder.QaReport;
import com.digitalbank.platform.dynamodb.JsonItems;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What each agent leaves behind: plans, QA reports, deployments, modifications and Dev's
 * task markers. Each is written once, conditionally, in the transaction of its step: the
 * record is also the proof the step ran, so a redelivered message finds it and does
 * nothing twice.
 */
@Component
public class PipelineRecords {

	/** Tags a step's record in a transaction: its condition failing means done before. */
	public static final Object DONE_BEFORE = "done before";

	private final DynamoDbClient dynamoDb;

	private final ItemWrites writes;

	PipelineRecords(DynamoDbClient dynamoDb, JsonItems items, BuilderProperties properties) {
		this.dynamoDb = dynamoDb;
		this.writes = new ItemWrites(items, properties.table());
	}

	public Optional<Plan> plan(ProjectId id, int revision) {
		return read(id, ProjectKeys.plan(revision), Plan.class);
	}

	public void addPlan(WriteTransaction transaction, ProjectId id, Plan plan) {
		writes.putNew(transaction, writes.item(ProjectKeys.key(id, ProjectKeys.plan(plan.revision())), plan),
				DONE_BEFORE);
	}

	public Optional<QaReport> report(ProjectId id, int revision, int attempt) {
		return read(id, ProjectKeys.report(revision, attempt), QaReport.class);
	}

	/** The last report of the revision, or empty before its first. */
	public Optional<QaReport> latestReport(ProjectId id, int revision) {
		List<Map<String, AttributeValue>> items = dynamoDb
			.query(query -> query.tableName(writes.table())
				.keyConditionExpression("#pk = :pk AND begins_with(#sk, :reports)")
				.expressionAttributeNames(Map.of("#pk", ProjectKeys.PK, "#sk", ProjectKeys.SK))
				.expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(ProjectKeys.partition(id)), ":reports",
						AttributeValue.fromS(ProjectKeys.reportsOf(revision))))
				.scanIndexForward(false)
				.limit(1)
				.consistentRead(true))
			.items();
		return items.stream().findFirst().map(item -> writes.read(item, QaReport.class));
	}

	public void addReport(WriteTransaction transaction, ProjectId id, QaReport report) {
		writes.putNew(transaction,
				writes.item(ProjectKeys.key(id, ProjectKeys.report(report.revision(), report.attempt())), report),
				DONE_BEFORE);
	}

	public Optional<Deployment> deployment(ProjectId id, int revision) {
		return read(id, ProjectKeys.deployment(revision), Deployment.class);
	}

	public void addDeployment(WriteTransaction transaction, ProjectId id, Deployment deployment) {
		writes.putNew(transaction,
				writes.item(ProjectKeys.key(id, ProjectKeys.deployment(deployment.revision())), deployment),
				DONE_BEFORE);
	}

	public List<Modification> modifications(ProjectId id) {
		return dynamoDb
			.query(query -> query.tableName(writes.table())
				.keyConditionExpression("#pk = :pk AND begins_with(#sk, :mods)")
				.expressionAttributeNames(Map.of("#pk", ProjectKeys.PK, "#sk", ProjectKeys.SK))
				.expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(ProjectKeys.partition(id)), ":mods",
						AttributeValue.fromS("MOD#")))
				.consistentRead(true))
			.items()
			.stream()
			.map(item -> writes.read(item, Modification.class))
			.sorted((a, b) -> Integer.compare(a.revision(), b.revision()))
			.toList();
	}

	public void addModification(WriteTransaction transaction, ProjectId id, Modification modification) {
		writes.putNew(transaction,
				writes.item(ProjectKeys.key(id, ProjectKeys.modification(modification.modificationId())), modification),
				DONE_BEFORE);
	}

	public boolean taskDone(ProjectId id, int revision, int attempt, int index) {
		return read(id, ProjectKeys.task(revision, attempt, index), TaskDone.class).isPresent();
	}

	public void addTaskDone(WriteTransaction transaction, ProjectId id, int revision, int attempt, int index,
			List<String> files) {
		writes.putNew(transaction, writes.item(ProjectKeys.key(id, ProjectKeys.task(revision, attempt, index)),
				new TaskDone(revision, attempt, index, files)), DONE_BEFORE);
	}

	private <T> Optional<T> read(ProjectId id, String sortKey, Class<T> type) {
		Map<String, AttributeValue> item = dynamoDb
			.getItem(get -> get.tableName(writes.table()).key(ProjectKeys.key(id, sortKey)).consistentRead(true))
			.item();
		return item == null || item.isEmpty() ? Optional.empty() : Optional.of(writes.read(item, type));
	}

	/** Dev's marker: the task ran and wrote these files. */
	record TaskDone(int revision, int attempt, int index, List<String> files) {

	}

}
