package com.digitalbank.banking.transfer.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.digitalbank.banking.account.AccountId;
import com.digitalbank.banking.transfer.Transfer;
import com.digitalbank.banking.transfer.TransferId;
import com.digitalbank.banking.transfer.TransferKind;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** Transfer records, one item per transfer, keyed by its id. */
@Component
public class TransferStore {

	static final String TABLE = "bank-transfers";

	private final DynamoDbClient dynamoDb;

	TransferStore(DynamoDbClient dynamoDb) {
		this.dynamoDb = dynamoDb;
	}

	public Optional<Transfer> find(TransferId transferId) {
		Map<String, AttributeValue> item = dynamoDb
			.getItem(get -> get.tableName(TABLE)
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
				.tableName(TABLE)
				.item(toItem(transfer))
				.conditionExpression("attribute_not_exists(transferId)")
				.build())
			.build(), tag);
	}

	private static Map<String, AttributeValue> toItem(Transfer transfer) {
		Map<String, AttributeValue> item = new HashMap<>();
		item.put("transferId", AttributeValue.fromS(transfer.transferId().value()));
		item.put("kind", AttributeValue.fromS(transfer.kind().name()));
		item.put("userId", AttributeValue.fromS(transfer.userId()));
		item.put("fromAccountId", AttributeValue.fromS(transfer.from().value()));
		item.put("toAccountId", AttributeValue.fromS(transfer.to().value()));
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
		return new Transfer(new TransferId(item.get("transferId").s()), TransferKind.valueOf(item.get("kind").s()),
				item.get("userId").s(), new AccountId(item.get("fromAccountId").s()),
				new AccountId(item.get("toAccountId").s()), new BigDecimal(item.get("amount").n()).setScale(2),
				item.get("currency").s(), description == null ? null : description.s(),
				Instant.parse(item.get("createdAt").s()));
	}

}
