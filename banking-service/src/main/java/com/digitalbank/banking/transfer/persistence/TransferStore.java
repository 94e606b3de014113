package com.digitalbank.banking.transfer.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.digitalbank.banking.transfer.Transfer;
import com.digitalbank.banking.transfer.TransferId;
import com.digitalbank.banking.transfer.TransferProperties;
import com.digitalbank.platform.dynamodb.JsonItems;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** Transfer records, one item per transfer, keyed by its id. */
@Component
public class TransferStore {

	private final DynamoDbClient dynamoDb;

	private final JsonItems items;

	private final String table;

	TransferStore(DynamoDbClient dynamoDb, JsonItems items, TransferProperties properties) {
		this.dynamoDb = dynamoDb;
		this.items = items;
		this.table = properties.table();
	}

	public Optional<Transfer> find(TransferId transferId) {
		Map<String, AttributeValue> item = dynamoDb
			.getItem(get -> get.tableName(table)
				.key(Map.of("transferId", AttributeValue.fromS(transferId.value())))
				.consistentRead(true))
			.item();
		return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
	}

	/**
	 * The transfer as an item of the caller's transaction, on the condition that its id
	 * is new: a second payment with one saga id fails it.
	 * @param tag handed back if this write fails
	 */
	public void addTo(WriteTransaction transaction, Transfer transfer, Object tag) {
		transaction.add(TransactWriteItem.builder()
			.put(Put.builder()
				.tableName(table)
				.item(toItem(transfer))
				.conditionExpression("attribute_not_exists(transferId)")
				.build())
			.build(), tag);
	}

	private Map<String, AttributeValue> toItem(Transfer transfer) {
		Map<String, AttributeValue> item = new HashMap<>(items.toItem(transfer));
		// Every stored transfer has completed: there is no other state to read back.
		item.put("status", AttributeValue.fromS(Transfer.COMPLETED));
		return item;
	}

	private Transfer fromItem(Map<String, AttributeValue> item) {
		return items.fromItem(item, Transfer.class);
	}

}
