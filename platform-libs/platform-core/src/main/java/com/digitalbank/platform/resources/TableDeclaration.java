package com.digitalbank.platform.resources;

import java.util.ArrayList;
import java.util.List;

/**
 * A DynamoDB table a service owns: keys, global secondary indexes and the TTL attribute.
 * Tables are on-demand (pay per request) everywhere.
 */
public record TableDeclaration(String name, KeyAttribute partitionKey, KeyAttribute sortKey,
		List<IndexDeclaration> globalIndexes, String timeToLiveAttribute) {

	public TableDeclaration {
		globalIndexes = List.copyOf(globalIndexes);
	}

	public static TableDeclaration of(String name, KeyAttribute partitionKey) {
		return new TableDeclaration(name, partitionKey, null, List.of(), null);
	}

	public static TableDeclaration of(String name, KeyAttribute partitionKey, KeyAttribute sortKey) {
		return new TableDeclaration(name, partitionKey, sortKey, List.of(), null);
	}

	public TableDeclaration withIndex(String indexName, KeyAttribute indexPartitionKey, KeyAttribute indexSortKey) {
		List<IndexDeclaration> indexes = new ArrayList<>(globalIndexes);
		indexes.add(new IndexDeclaration(indexName, indexPartitionKey, indexSortKey));
		return new TableDeclaration(name, partitionKey, sortKey, indexes, timeToLiveAttribute);
	}

	public TableDeclaration withTimeToLive(String attribute) {
		return new TableDeclaration(name, partitionKey, sortKey, globalIndexes, attribute);
	}

}
