package com.digitalbank.agent.builder.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.digitalbank.agent.builder.BuilderProperties;
import com.digitalbank.agent.builder.FileContent;
import com.digitalbank.agent.builder.ProjectFile;
import com.digitalbank.agent.builder.ProjectId;
import com.digitalbank.agent.builder.ProjectPath;
import com.digitalbank.platform.dynamodb.JsonItems;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A project's files, one {@code FILE#path} item each. A file's content stays in its item
 * up to {@code inline-file-limit} bytes; a larger one goes to S3 first and its item names
 * the object, so no item nears DynamoDB's 400 KB limit. A path is one item, however often
 * it is written: the current files are exactly the items, and a package never holds a
 * file twice.
 */
@Component
public class FileStore {

	private final DynamoDbClient dynamoDb;

	private final ItemWrites writes;

	private final ArtifactStore artifacts;

	private final int inlineLimit;

	FileStore(DynamoDbClient dynamoDb, JsonItems items, ArtifactStore artifacts, BuilderProperties properties) {
		this.dynamoDb = dynamoDb;
		this.writes = new ItemWrites(items, properties.table());
		this.artifacts = artifacts;
		this.inlineLimit = properties.inlineFileLimit();
	}

	/** Adds the file's item to the transaction, after putting a large content in S3. */
	public void addFile(WriteTransaction transaction, ProjectId id, FileContent file, int revision, Instant now) {
		byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
		String sha256 = sha256(bytes);
		StoredFile stored;
		if (bytes.length <= inlineLimit) {
			stored = new StoredFile(file.path().value(), bytes.length, sha256, revision, now, file.content(), null);
		}
		else {
			String key = artifacts.putLargeFile(id, file.path(), sha256, bytes);
			stored = new StoredFile(file.path().value(), bytes.length, sha256, revision, now, null, key);
		}
		writes.put(transaction, writes.item(ProjectKeys.key(id, ProjectKeys.FILE + file.path().value()), stored),
				file.path());
	}

	public List<ProjectFile> list(ProjectId id) {
		return stored(id).stream().map(StoredFile::describe).toList();
	}

	public Optional<FileContent> read(ProjectId id, ProjectPath path) {
		Map<String, AttributeValue> item = dynamoDb
			.getItem(get -> get.tableName(writes.table())
				.key(ProjectKeys.key(id, ProjectKeys.FILE + path.value()))
				.consistentRead(true))
			.item();
		return item == null || item.isEmpty() ? Optional.empty()
				: Optional.of(content(writes.read(item, StoredFile.class)));
	}

	/** Every file with its content, in path order. */
	public List<FileContent> readAll(ProjectId id) {
		return stored(id).stream().map(this::content).toList();
	}

	private List<StoredFile> stored(ProjectId id) {
		return dynamoDb
			.queryPaginator(query -> query.tableName(writes.table())
				.keyConditionExpression("#pk = :pk AND begins_with(#sk, :files)")
				.expressionAttributeNames(Map.of("#pk", ProjectKeys.PK, "#sk", ProjectKeys.SK))
				.expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(ProjectKeys.partition(id)), ":files",
						AttributeValue.fromS(ProjectKeys.FILE)))
				.consistentRead(true))
			.items()
			.stream()
			.map(item -> writes.read(item, StoredFile.class))
			.toList();
	}

	private FileContent content(StoredFile file) {
		String text = file.content() != null ? file.content() : artifacts.readLargeFile(file.contentKey());
		return new FileContent(new ProjectPath(file.path()), text);
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A file's item: its content inline, or the S3 key holding it. */
	record StoredFile(String path, long size, String sha256, int revision, Instant updatedAt, String content,
			String contentKey) {

		ProjectFile describe() {
			return new ProjectFile(path, size, sha256, revision, updatedAt);
		}

	}

}
