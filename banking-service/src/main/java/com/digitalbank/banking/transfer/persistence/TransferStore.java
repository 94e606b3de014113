package com.digitalbank.banking.transfer.persistence;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.digitalbank.banking.account.persistence.AccountStore;
import com.digitalbank.banking.transfer.Transfer;
import com.digitalbank.banking.transfer.TransferKind;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Transfer records, one item per transfer, keyed by its id. */
@Component
public class TransferStore {

	public static final String TABLE = "bank-transfers";

	private final DynamoDbClient dynamoDb;

	TransferStore(DynamoDbClient dynamoDb) {
		this.dynamoDb = dynamoDb;
	}

	public Optional<Transfer> find(String transferId) {
		Map<String, AttributeValue> item = dynamoDb
			.getItem(get -> get.tableName(TABLE)
				.key(Map.of("transferId", AttributeValue.fromS(transferId)))
				.consistentRead(true))
			.item();
		return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
	}

	static Map<String, AttributeValue> toItem(Transfer transfer) {
		Map<String, AttributeValue> item = new HashMap<>();
		item.put("transferId", AttributeValue.fromS(transfer.transferId()));
		item.put("kind", AttributeValue.fromS(transfer.kind().name()));
		item.put("userId", AttributeValue.fromS(transfer.userId()));
		item.put("fromAccountId", AttributeValue.fromS(transfer.fromAccountId()));
		item.put("toAccountId", AttributeValue.fromS(transfer.toAccountId()));
		item.put("amount", AttributeValue.fromN(transfer.amount().toPlainString()));
		item.put("currency", AttributeValue.fromS(transfer.currency()));
		item.put("status", AttributeValue.fromS(Transfer.COMPLETED));
		item.put("createdAt", AttributeValue.fromS(transfer.createdAt().toString()));
		if (transfer.description() != null) {
			item.put("description", AttributeValue.fromS(transfer.description()));
		}
		return item;
	}

	private static Transfer fromItem(Map<String, AttributeValue> item) {
		AttributeValue description = item.get("description");
		return new Transfer(item.get("transferId").s(), TransferKind.valueOf(item.get("kind").s()),
				item.get("userId").s(), item.get("fromAccountId").s(), item.get("toAccountId").s(),
				AccountStore.money(item.get("amount")), item.get("currency").s(),
				description == null ? null : description.s(), Instant.parse(item.get("createdAt").s()));
	}

}
