package com.digitalbank.agent.builder.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.digitalbank.agent.builder.BuilderProperties;
import com.digitalbank.agent.builder.Project;
import com.digitalbank.agent.builder.ProjectId;
import com.digitalbank.agent.builder.ProjectPage;
import com.digitalbank.platform.dynamodb.JsonItems;
import com.digitalbank.platform.dynamodb.PageCursor;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Projects' {@code METADATA} items: read strongly consistent, written into the caller's
 * transaction under an optimistic lock on {@code version}, listed per user newest first,
 * and deleted with everything in their partition.
 */
@Component
public class ProjectStore {

	/**
	 * Tags a project's own item in a transaction, to tell its failure from a marker's.
	 */
	public static final Object PROJECT_ITEM = "project";

	private static final PageCursor CURSOR = PageCursor.of(ProjectKeys.PK, ProjectKeys.SK, ProjectKeys.GSI1PK,
			ProjectKeys.GSI1SK);

	private final DynamoDbClient dynamoDb;

	private final ItemWrites writes;

	ProjectStore(DynamoDbClient dynamoDb, JsonItems items, BuilderProperties properties) {
		this.dynamoDb = dynamoDb;
		this.writes = new ItemWrites(items, properties.table());
	}

	public Optional<Project> find(ProjectId id) {
		Map<String, AttributeValue> item = dynamoDb
			.getItem(get -> get.tableName(writes.table())
				.key(ProjectKeys.key(id, ProjectKeys.METADATA))
				.consistentRead(true))
			.item();
		return item == null || item.isEmpty() ? Optional.empty() : Optional.of(writes.read(item, Project.class));
	}

	public void addNew(WriteTransaction transaction, Project project) {
		writes.putNew(transaction, item(project), PROJECT_ITEM);
	}

	/** Puts {@code after} if the stored project is still {@code before}'s version. */
	public void addUpdate(WriteTransaction transaction, Project before, Project after) {
		transaction.add(TransactWriteItem.builder()
			.put(Put.builder()
				.tableName(writes.table())
				.item(item(after))
				.conditionExpression("#version = :version")
				.expressionAttributeNames(Map.of("#version", "version"))
				.expressionAttributeValues(Map.of(":version", AttributeValue.fromN(Long.toString(before.version()))))
				.build())
			.build(), PROJECT_ITEM);
	}

	public ProjectPage page(String userId, int limit, String cursor) {
		AttributeValue user = AttributeValue.fromS(ProjectKeys.userPartition(userId));
		Map<String, AttributeValue> start = CURSOR.decode(cursor, Map.of(ProjectKeys.GSI1PK, user));
		QueryResponse response = dynamoDb.query(query -> {
			query.tableName(writes.table())
				.indexName(ProjectKeys.BY_USER_INDEX)
				.keyConditionExpression("#user = :user")
				.expressionAttributeNames(Map.of("#user", ProjectKeys.GSI1PK))
				.expressionAttributeValues(Map.of(":user", user))
				.scanIndexForward(false)
				.limit(limit);
			if (start != null) {
				query.exclusiveStartKey(start);
			}
		});
		List<Project> projects = response.items().stream().map(item -> writes.read(item, Project.class)).toList();
		String next = response.hasLastEvaluatedKey() ? CURSOR.encode(response.lastEvaluatedKey()) : null;
		return new ProjectPage(projects, next);
	}

	/** Deletes every item of the project's partition, 25 per request. */
	public void deleteAll(ProjectId id) {
		List<WriteRequest> deletes = new ArrayList<>();
		dynamoDb
			.queryPaginator(query -> query.tableName(writes.table())
				.keyConditionExpression("#pk = :pk")
				.expressionAttributeNames(Map.of("#pk", ProjectKeys.PK, "#sk", ProjectKeys.SK))
				.projectionExpression("#pk, #sk")
				.expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(ProjectKeys.partition(id)))))
			.items()
			.forEach(key -> deletes.add(WriteRequest.builder().deleteRequest(delete -> delete.key(key)).build()));
		for (int start = 0; start < deletes.size(); start += 25) {
			List<WriteRequest> chunk = deletes.subList(start, Math.min(start + 25, deletes.size()));
			Map<String, List<WriteRequest>> unprocessed = Map.of(writes.table(), chunk);
			while (!unprocessed.isEmpty()) {
				Map<String, List<WriteRequest>> request = unprocessed;
				unprocessed = dynamoDb.batchWriteItem(batch -> batch.requestItems(request)).unprocessedItems();
			}
		}
	}

	private Map<String, AttributeValue> item(Project project) {
		Map<String, AttributeValue> item = writes.item(ProjectKeys.key(project.projectId(), ProjectKeys.METADATA),
				project);
		item.put(ProjectKeys.GSI1PK, AttributeValue.fromS(ProjectKeys.userPartition(project.userId())));
		item.put(ProjectKeys.GSI1SK, AttributeValue.fromS(project.createdAt() + "#" + project.projectId().value()));
		return item;
	}

}
