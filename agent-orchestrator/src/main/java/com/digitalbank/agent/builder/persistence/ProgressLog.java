package com.digitalbank.agent.builder.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.digitalbank.agent.builder.BuilderProperties;
import com.digitalbank.agent.builder.ProgressEvent;
import com.digitalbank.agent.builder.ProjectId;
import com.digitalbank.agent.builder.ProjectStatus;
import com.digitalbank.platform.dynamodb.JsonItems;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The project's progress events, {@code EVENT#<time>-<random>} items in its partition:
 * any instance's agents write them and any instance's event stream reads them, so a
 * client's stream does not depend on which instance ran which agent.
 */
@Component
public class ProgressLog {

	private final DynamoDbClient dynamoDb;

	private final ItemWrites writes;

	ProgressLog(DynamoDbClient dynamoDb, JsonItems items, BuilderProperties properties) {
		this.dynamoDb = dynamoDb;
		this.writes = new ItemWrites(items, properties.table());
	}

	public static ProgressEvent event(String type, String agent, ProjectStatus status, int revision, String message,
			Instant at) {
		String id = "%013d-%s".formatted(at.toEpochMilli(), UUID.randomUUID().toString().substring(0, 8));
		return new ProgressEvent(id, type, agent, status, revision, message, at);
	}

	public void add(WriteTransaction transaction, ProjectId projectId, ProgressEvent event) {
		writes.put(transaction, item(projectId, event), event);
	}

	/** Written on its own: an agent's start, which changes nothing else. */
	public void put(ProjectId projectId, ProgressEvent event) {
		dynamoDb.putItem(put -> put.tableName(writes.table()).item(item(projectId, event)));
	}

	/** The events after {@code afterId} (all of them for null), oldest first. */
	public List<ProgressEvent> after(ProjectId projectId, String afterId) {
		String from = ProjectKeys.EVENT + (afterId == null ? "" : afterId);
		return dynamoDb
			.queryPaginator(query -> query.tableName(writes.table())
				.keyConditionExpression("#pk = :pk AND #sk BETWEEN :from AND :to")
				.expressionAttributeNames(Map.of("#pk", ProjectKeys.PK, "#sk", ProjectKeys.SK))
				.expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(ProjectKeys.partition(projectId)),
						":from", AttributeValue.fromS(from), ":to", AttributeValue.fromS(ProjectKeys.EVENT + "~")))
				.consistentRead(true))
			.items()
			.stream()
			.map(item -> writes.read(item, ProgressEvent.class))
			.filter(event -> afterId == null || event.id().compareTo(afterId) > 0)
			.toList();
	}

	private Map<String, AttributeValue> item(ProjectId projectId, ProgressEvent event) {
		return writes.item(ProjectKeys.key(projectId, ProjectKeys.EVENT + event.id()), event);
	}

}
