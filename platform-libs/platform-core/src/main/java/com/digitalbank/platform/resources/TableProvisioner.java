package com.digitalbank.platform.resources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Creates or checks the declared DynamoDB tables. */
class TableProvisioner {

	private static final Logger log = LoggerFactory.getLogger(TableProvisioner.class);

	private final DynamoDbClient dynamoDb;

	TableProvisioner(DynamoDbClient dynamoDb) {
		this.dynamoDb = dynamoDb;
	}

	void ensure(TableDeclaration table, boolean createMissing) {
		try {
			dynamoDb.describeTable(request -> request.tableName(table.name()));
		}
		catch (ResourceNotFoundException ex) {
			if (!createMissing) {
				throw new MissingResourceException("DynamoDB table", table.name(), ex);
			}
			create(table);
		}
	}

	private void create(TableDeclaration table) {
		Map<String, AttributeDefinition> attributes = new LinkedHashMap<>();
		List<KeySchemaElement> keys = keySchema(table.partitionKey(), table.sortKey(), attributes);
		List<GlobalSecondaryIndex> indexes = new ArrayList<>();
		for (IndexDeclaration index : table.globalIndexes()) {
			indexes.add(GlobalSecondaryIndex.builder()
				.indexName(index.name())
				.keySchema(keySchema(index.partitionKey(), index.sortKey(), attributes))
				.projection(projection -> projection.projectionType(ProjectionType.ALL))
				.build());
		}
		CreateTableRequest.Builder request = CreateTableRequest.builder()
			.tableName(table.name())
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.keySchema(keys)
			.attributeDefinitions(attributes.values());
		if (!indexes.isEmpty()) {
			request.globalSecondaryIndexes(indexes);
		}
		try {
			dynamoDb.createTable(request.build());
			dynamoDb.waiter().waitUntilTableExists(describe -> describe.tableName(table.name()));
			if (table.timeToLiveAttribute() != null) {
				dynamoDb.updateTimeToLive(ttl -> ttl.tableName(table.name())
					.timeToLiveSpecification(spec -> spec.enabled(true).attributeName(table.timeToLiveAttribute())));
			}
			log.info("Created DynamoDB table {}", table.name());
		}
		catch (ResourceInUseException ex) {
			// Another instance created it first: exactly what we wanted.
		}
	}

	private static List<KeySchemaElement> keySchema(KeyAttribute partitionKey, KeyAttribute sortKey,
			Map<String, AttributeDefinition> attributes) {
		List<KeySchemaElement> keys = new ArrayList<>();
		keys.add(key(partitionKey, KeyType.HASH, attributes));
		if (sortKey != null) {
			keys.add(key(sortKey, KeyType.RANGE, attributes));
		}
		return keys;
	}

	private static KeySchemaElement key(KeyAttribute attribute, KeyType type,
			Map<String, AttributeDefinition> attributes) {
		attributes.put(attribute.name(), AttributeDefinition.builder()
			.attributeName(attribute.name())
			.attributeType(attribute.type() == KeyAttribute.Type.NUMBER ? ScalarAttributeType.N : ScalarAttributeType.S)
			.build());
		return KeySchemaElement.builder().attributeName(attribute.name()).keyType(type).build();
	}

}
