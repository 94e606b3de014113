package com.digitalbank.platform.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.digitalbank.platform.test.WithLocalStack;
import com.digitalbank.platform.testapp.PlatformTestApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@WithLocalStack
@SpringBootTest(classes = PlatformTestApplication.class)
class WriteTransactionsIntegrationTests {

	private static final String TABLE = "write-transactions-test";

	@Autowired
	DynamoDbClient dynamoDb;

	@Autowired
	WriteTransactions transactions;

	String counter;

	@BeforeEach
	void table() {
		try {
			dynamoDb.createTable(create -> create.tableName(TABLE)
				.billingMode(BillingMode.PAY_PER_REQUEST)
				.attributeDefinitions(
						AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build())
				.keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build()));
		}
		catch (ResourceInUseException ex) {
			// Created by an earlier test.
		}
		counter = UUID.randomUUID().toString();
		dynamoDb.putItem(put -> put.tableName(TABLE)
			.item(Map.of("id", AttributeValue.fromS(counter), "units", AttributeValue.fromN("30"))));
	}

	@Test
	void manyTransactionsOnOneItemAllCommitThroughTheirConflicts() throws Exception {
		List<Callable<Void>> takers = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			takers.add(() -> {
				transactions.commitThroughConflicts(takeOne());
				return null;
			});
		}
		try (ExecutorService all = Executors.newVirtualThreadPerTaskExecutor()) {
			for (Future<Void> taken : all.invokeAll(takers)) {
				taken.get();
			}
		}

		assertThat(units()).isZero();
	}

	@Test
	void aFailedConditionIsNotTriedAgain() {
		transactions.commit(take(30));

		assertThatExceptionOfType(TransactionCancelledException.class)
			.isThrownBy(() -> transactions.commitThroughConflicts(takeOne()))
			.satisfies(ex -> {
				assertThat(ex.conditionFailed("stock")).isTrue();
				assertThat(ex.onlyConflicts()).isFalse();
			});
		assertThat(units()).isZero();
	}

	private WriteTransaction takeOne() {
		return take(1);
	}

	private WriteTransaction take(int units) {
		WriteTransaction transaction = new WriteTransaction();
		Update update = Update.builder()
			.tableName(TABLE)
			.key(Map.of("id", AttributeValue.fromS(counter)))
			.updateExpression("SET units = units - :n")
			.conditionExpression("units >= :n")
			.expressionAttributeValues(Map.of(":n", AttributeValue.fromN(Integer.toString(units))))
			.build();
		transaction.add(TransactWriteItem.builder().update(update).build(), "stock");
		return transaction;
	}

	private int units() {
		return Integer.parseInt(dynamoDb
			.getItem(get -> get.tableName(TABLE).key(Map.of("id", AttributeValue.fromS(counter))).consistentRead(true))
			.item()
			.get("units")
			.n());
	}

}
