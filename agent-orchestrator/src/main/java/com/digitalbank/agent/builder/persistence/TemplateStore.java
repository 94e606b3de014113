package com.digitalbank.agent.builder.persistence;

import com.digitalbank.agent.builder.BuilderProperties;
import com.digitalbank.agent.builder.Template;
import com.digitalbank.platform.dynamodb.JsonItems;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The table's copy of the templates, {@code TEMPLATE#id / METADATA}. */
@Component
public class TemplateStore {

	private final DynamoDbClient dynamoDb;

	private final ItemWrites writes;

	TemplateStore(DynamoDbClient dynamoDb, JsonItems items, BuilderProperties properties) {
		this.dynamoDb = dynamoDb;
		this.writes = new ItemWrites(items, properties.table());
	}

	public void put(Template template) {
		dynamoDb.putItem(put -> put.tableName(writes.table())
			.item(writes.item(ProjectKeys.key("TEMPLATE#" + template.templateId(), ProjectKeys.METADATA), template)));
	}

}
