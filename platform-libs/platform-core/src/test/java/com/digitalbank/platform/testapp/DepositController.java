package com.digitalbank.platform.testapp;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

import com.digitalbank.platform.dynamodb.TransactionCancelledException;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import com.digitalbank.platform.dynamodb.WriteTransactions;
import com.digitalbank.platform.idempotency.IdempotencyContext;
import com.digitalbank.platform.idempotency.IdempotencyKeyTakenException;
import com.digitalbank.platform.idempotency.IdempotencyStore;
import com.digitalbank.platform.idempotency.RecordsIdempotencyInTransaction;
import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * An effect that commits its idempotency record in its own transaction, the way money
 * moves in the banking service: the handler looks like an unkeyed one, and the commit
 * adds the record.
 */
@RestController
class DepositController {

	private static final String IDEMPOTENCY_RECORD = "idempotency";

	private final DynamoDbClient dynamoDb;

	private final WriteTransactions transactions;

	private final IdempotencyStore idempotency;

	private final Recorder recorder;

	DepositController(DynamoDbClient dynamoDb, WriteTransactions transactions, IdempotencyStore idempotency,
			Recorder recorder) {
		this.dynamoDb = dynamoDb;
		this.transactions = transactions;
		this.idempotency = idempotency;
		this.recorder = recorder;
	}

	record DepositRequest(@NotNull @Positive BigDecimal amount) {
	}

	record DepositResponse(String depositId, BigDecimal amount) {
	}

	@PostMapping("/test/deposits")
	@RecordsIdempotencyInTransaction(location = "/test/deposits/{id}")
	ResponseEntity<DepositResponse> deposit(@RequestHeader("Idempotency-Key") String key,
			@Valid @RequestBody DepositRequest request) throws InterruptedException {
		// Long enough that concurrent duplicates all reach the transaction.
		Thread.sleep(300);
		if (recorder.depositsClosed) {
			throw new BusinessException(ErrorKind.UNPROCESSABLE, "DEPOSITS_CLOSED", "Deposits are closed.");
		}
		DepositResponse deposit = new DepositResponse(UUID.randomUUID().toString(), request.amount());
		commit(deposit);
		recorder.depositsCommitted.incrementAndGet();
		return ResponseEntity.created(URI.create("/test/deposits/" + deposit.depositId())).body(deposit);
	}

	@GetMapping("/test/deposits/{depositId}")
	ResponseEntity<DepositResponse> get(@PathVariable String depositId) {
		Map<String, AttributeValue> item = dynamoDb
			.getItem(get -> get.tableName(PlatformTestApplication.DEPOSITS_TABLE)
				.key(Map.of("depositId", AttributeValue.fromS(depositId)))
				.consistentRead(true))
			.item();
		if (item == null || item.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok(new DepositResponse(depositId, new BigDecimal(item.get("amount").s())));
	}

	/**
	 * Commits the deposit and the idempotency record, retrying while concurrent
	 * transactions on the same key are in the way.
	 */
	private void commit(DepositResponse deposit) throws InterruptedException {
		for (int attempt = 1;; attempt++) {
			WriteTransaction transaction = new WriteTransaction();
			transaction.add(TransactWriteItem.builder()
				.put(Put.builder()
					.tableName(PlatformTestApplication.DEPOSITS_TABLE)
					.item(Map.of("depositId", AttributeValue.fromS(deposit.depositId()), "amount",
							AttributeValue.fromS(deposit.amount().toPlainString())))
					.build())
				.build(), null);
			IdempotencyContext.currentClaim()
				.ifPresent(claim -> idempotency.recordCreatedInTransaction(transaction, claim, deposit.depositId(),
						IDEMPOTENCY_RECORD));
			try {
				transactions.commit(transaction);
				return;
			}
			catch (TransactionCancelledException ex) {
				if (ex.failures()
					.stream()
					.anyMatch(failure -> IDEMPOTENCY_RECORD.equals(failure.tag()) && failure.conditionFailed())) {
					throw new IdempotencyKeyTakenException();
				}
				if (attempt == 20) {
					throw ex;
				}
				Thread.sleep(20L * attempt);
			}
		}
	}

}
