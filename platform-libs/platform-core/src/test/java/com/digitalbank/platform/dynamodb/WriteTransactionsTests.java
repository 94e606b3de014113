package com.digitalbank.platform.dynamodb;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * DynamoDB Local rarely reports conflicts, so the answers DynamoDB gives under contention
 * are played here: which cancellations are tried again, and how often.
 */
class WriteTransactionsTests {

	private final Answers dynamoDb = new Answers();

	private final WriteTransactions transactions = new WriteTransactions(dynamoDb);

	@Test
	void aTransactionThatLostToConcurrentOnesIsTriedAgainUntilItCommits() {
		dynamoDb.cancel("TransactionConflict", "None").cancel("None", "TransactionConflict");

		transactions.commitThroughConflicts(twoItems());

		assertThat(dynamoDb.calls).isEqualTo(3);
	}

	@Test
	void aFailedConditionEndsItAtOnce() {
		dynamoDb.cancel("TransactionConflict", "ConditionalCheckFailed");

		assertThatExceptionOfType(TransactionCancelledException.class)
			.isThrownBy(() -> transactions.commitThroughConflicts(twoItems()))
			.satisfies(ex -> assertThat(ex.conditionFailed("second")).isTrue());
		assertThat(dynamoDb.calls).isEqualTo(1);
	}

	@Test
	void endlessConflictsGiveUpAfterEightAttempts() {
		for (int i = 0; i < 20; i++) {
			dynamoDb.cancel("TransactionConflict", "None");
		}

		assertThatExceptionOfType(TransactionCancelledException.class)
			.isThrownBy(() -> transactions.commitThroughConflicts(twoItems()))
			.satisfies(ex -> assertThat(ex.onlyConflicts()).isTrue());
		assertThat(dynamoDb.calls).isEqualTo(8);
	}

	@Test
	void aPlainCommitNeverTriesAgain() {
		dynamoDb.cancel("TransactionConflict", "None");

		assertThatExceptionOfType(TransactionCancelledException.class)
			.isThrownBy(() -> transactions.commit(twoItems()));
		assertThat(dynamoDb.calls).isEqualTo(1);
	}

	private static WriteTransaction twoItems() {
		WriteTransaction transaction = new WriteTransaction();
		transaction.add(TransactWriteItem.builder().put(Put.builder().tableName("t").build()).build(), "first");
		transaction.add(TransactWriteItem.builder().put(Put.builder().tableName("t").build()).build(), "second");
		return transaction;
	}

	/** Cancels with the queued reasons, then commits. */
	private static final class Answers implements DynamoDbClient {

		private final Deque<List<String>> cancellations = new ArrayDeque<>();

		int calls;

		Answers cancel(String... codes) {
			cancellations.add(List.of(codes));
			return this;
		}

		@Override
		public TransactWriteItemsResponse transactWriteItems(Consumer<TransactWriteItemsRequest.Builder> request) {
			calls++;
			List<String> codes = cancellations.poll();
			if (codes == null) {
				return TransactWriteItemsResponse.builder().build();
			}
			throw TransactionCanceledException.builder()
				.cancellationReasons(
						codes.stream().map(code -> CancellationReason.builder().code(code).build()).toList())
				.build();
		}

		@Override
		public String serviceName() {
			return "dynamodb";
		}

		@Override
		public void close() {
		}

	}

}
