package com.digitalbank.platform.testapp;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

import com.digitalbank.platform.idempotency.IdempotencyContext;
import com.digitalbank.platform.idempotency.IdempotencyKeyTakenException;
import com.digitalbank.platform.idempotency.IdempotencyStore;
import com.digitalbank.platform.idempotency.RecordsIdempotencyInTransaction;
import com.digitalbank.platform.idempotency.StoredResponse;
import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import tools.jackson.databind.json.JsonMapper;

/**
 * An effect that commits its idempotency record in its own transaction, the way money
 * moves in the banking service.
 */
@RestController
class DepositController {

	private final DynamoDbClient dynamoDb;

	private final IdempotencyStore idempotency;

	private final JsonMapper jsonMapper;

	private final Recorder recorder;

	DepositController(DynamoDbClient dynamoDb, IdempotencyStore idempotency, JsonMapper jsonMapper, Recorder recorder) {
		this.dynamoDb = dynamoDb;
		this.idempotency = idempotency;
		this.jsonMapper = jsonMapper;
		this.recorder = recorder;
	}

	record DepositRequest(@NotNull @Positive BigDecimal amount) {
	}

	@PostMapping("/test/deposits")
	@RecordsIdempotencyInTransaction
	ResponseEntity<Map<String, Object>> deposit(@RequestHeader("Idempotency-Key") String key,
			@Valid @RequestBody DepositRequest request) throws InterruptedException {
		// Long enough that concurrent duplicates all reach the transaction.
		Thread.sleep(300);
		if (recorder.depositsClosed) {
			throw new BusinessException(ErrorKind.UNPROCESSABLE, "DEPOSITS_CLOSED", "Deposits are closed.");
		}
		String id = UUID.randomUUID().toString();
		URI location = URI.create("/test/deposits/" + id);
		Map<String, Object> body = Map.of("depositId", id, "amount", request.amount());
		IdempotencyStore.Claim claim = IdempotencyContext.currentClaim().orElseThrow();
		StoredResponse response = new StoredResponse(201, MediaType.APPLICATION_JSON_VALUE,
				Map.of(HttpHeaders.LOCATION, location.toString()), jsonMapper.writeValueAsBytes(body));
		TransactWriteItem deposit = TransactWriteItem.builder()
			.put(Put.builder()
				.tableName(PlatformTestApplication.DEPOSITS_TABLE)
				.item(Map.of("depositId", AttributeValue.fromS(id), "amount",
						AttributeValue.fromN(request.amount().toPlainString())))
				.build())
			.build();
		commit(deposit, idempotency.completionInTransaction(claim, response));
		recorder.depositsCommitted.incrementAndGet();
		IdempotencyContext.completedInTransaction();
		return ResponseEntity.created(location).body(body);
	}

	/**
	 * Commits both items, retrying while concurrent transactions on the same key are in
	 * the way.
	 */
	private void commit(TransactWriteItem deposit, TransactWriteItem idempotencyRecord) throws InterruptedException {
		for (int attempt = 1;; attempt++) {
			try {
				dynamoDb.transactWriteItems(r -> r.transactItems(deposit, idempotencyRecord));
				return;
			}
			catch (TransactionCanceledException ex) {
				if ("ConditionalCheckFailed".equals(ex.cancellationReasons().get(1).code())) {
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
