package com.digitalbank.platform.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Commits {@link WriteTransaction}s: all of their items, or none. */
public class WriteTransactions {

	private static final String NONE = "None";

	private static final int CONFLICT_ATTEMPTS = 8;

	private static final ConflictRetry THROUGH_CONFLICTS = new ConflictRetry(CONFLICT_ATTEMPTS);

	private final DynamoDbClient dynamoDb;

	public WriteTransactions(DynamoDbClient dynamoDb) {
		this.dynamoDb = dynamoDb;
	}

	/**
	 * @throws TransactionCancelledException when DynamoDB cancels it, naming the items
	 * that failed
	 */
	public void commit(WriteTransaction transaction) {
		if (transaction.isEmpty()) {
			return;
		}
		// One token per commit: if the SDK retries after a commit whose answer was lost,
		// DynamoDB answers the retry as that commit instead of cancelling it.
		String token = UUID.randomUUID().toString();
		try {
			dynamoDb
				.transactWriteItems(request -> request.transactItems(transaction.items()).clientRequestToken(token));
		}
		catch (TransactionCanceledException ex) {
			throw new TransactionCancelledException(failures(transaction, ex.cancellationReasons()), ex);
		}
	}

	/**
	 * Commits, trying again (up to {@value #CONFLICT_ATTEMPTS} times, after a short
	 * random pause: {@link ConflictRetry}) while DynamoDB cancels it only because
	 * concurrent transactions held its items, as happens when many buyers take the same
	 * product's stock at once.
	 * @throws TransactionCancelledException for any other cancellation, or the last
	 * conflict
	 */
	public void commitThroughConflicts(WriteTransaction transaction) {
		THROUGH_CONFLICTS.run(() -> commit(transaction));
	}

	private static List<TransactionCancelledException.Failure> failures(WriteTransaction transaction,
			List<CancellationReason> reasons) {
		List<TransactionCancelledException.Failure> failures = new ArrayList<>();
		for (int i = 0; i < reasons.size() && i < transaction.size(); i++) {
			String code = reasons.get(i).code();
			if (code != null && !NONE.equals(code)) {
				failures.add(new TransactionCancelledException.Failure(transaction.tag(i), code));
			}
		}
		return failures;
	}

}
