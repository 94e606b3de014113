package com.digitalbank.marketplace.catalog.persistence;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.digitalbank.marketplace.catalog.CatalogProperties;
import com.digitalbank.marketplace.catalog.Retailer;
import com.digitalbank.marketplace.catalog.RetailerId;
import com.digitalbank.platform.dynamodb.JsonItems;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Retailers, one item each; a marketplace has tens of them, so listing scans. */
@Component
public class RetailerStore {

	static final String RETAILER = "retailerId";

	private final DynamoDbClient dynamoDb;

	private final JsonItems items;

	private final String table;

	RetailerStore(DynamoDbClient dynamoDb, JsonItems items, CatalogProperties properties) {
		this.dynamoDb = dynamoDb;
		this.items = items;
		this.table = properties.retailersTable();
	}

	public List<Retailer> all() {
		return dynamoDb.scanPaginator(scan -> scan.tableName(table))
			.items()
			.stream()
			.map(item -> items.fromItem(item, Retailer.class))
			.sorted(Comparator.comparing(retailer -> retailer.retailerId().value()))
			.toList();
	}

	public Optional<Retailer> find(RetailerId id) {
		Map<String, AttributeValue> item = dynamoDb
			.getItem(get -> get.tableName(table).key(Map.of(RETAILER, AttributeValue.fromS(id.value()))))
			.item();
		return item == null || item.isEmpty() ? Optional.empty() : Optional.of(items.fromItem(item, Retailer.class));
	}

	/** Adds the retailer unless it exists. */
	public boolean addIfAbsent(Retailer retailer) {
		try {
			dynamoDb.putItem(put -> put.tableName(table)
				.item(items.toItem(retailer))
				.conditionExpression("attribute_not_exists(#id)")
				.expressionAttributeNames(Map.of("#id", RETAILER)));
			return true;
		}
		catch (ConditionalCheckFailedException ex) {
			return false;
		}
	}

}
