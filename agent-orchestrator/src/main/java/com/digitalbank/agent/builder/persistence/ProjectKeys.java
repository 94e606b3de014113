package com.digitalbank.agent.builder.persistence;

import java.util.Map;

import com.digitalbank.agent.builder.ProjectId;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The table's key attributes and how each item's key is spelled. */
final class ProjectKeys {

	static final String PK = "PK";

	static final String SK = "SK";

	static final String GSI1PK = "GSI1PK";

	static final String GSI1SK = "GSI1SK";

	static final String BY_USER_INDEX = "byUser";

	static final String METADATA = "METADATA";

	static final String FILE = "FILE#";

	static final String EVENT = "EVENT#";

	private ProjectKeys() {
	}

	static String partition(ProjectId id) {
		return "PROJECT#" + id.value();
	}

	static String userPartition(String userId) {
		return "USER#" + userId;
	}

	static String plan(int revision) {
		return "PLAN#" + "%05d".formatted(revision);
	}

	static String report(int revision, int attempt) {
		return "TEST#" + "%05d#%02d".formatted(revision, attempt);
	}

	static String reportsOf(int revision) {
		return "TEST#" + "%05d#".formatted(revision);
	}

	static String deployment(int revision) {
		return "DEPLOY#" + "%05d".formatted(revision);
	}

	static String task(int revision, int attempt, int index) {
		return "TASK#" + "%05d#%02d#%03d".formatted(revision, attempt, index);
	}

	static String modification(String modificationId) {
		return "MOD#" + modificationId;
	}

	static Map<String, AttributeValue> key(ProjectId id, String sortKey) {
		return key(partition(id), sortKey);
	}

	static Map<String, AttributeValue> key(String partition, String sortKey) {
		return Map.of(PK, AttributeValue.fromS(partition), SK, AttributeValue.fromS(sortKey));
	}

}
