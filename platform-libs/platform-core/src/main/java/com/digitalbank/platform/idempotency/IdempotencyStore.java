package com.digitalbank.platform.idempotency;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.digitalbank.platform.dynamodb.WriteTransaction;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;

/**
 * The idempotency table. A key is free when it is absent, expired, or held by a claim
 * whose in-progress expiry has passed. A reserved claim takes a free key with one
 * conditional put before the effect runs, and only its owner may then write the response.
 * An unreserved claim writes nothing up front: its response is stored on the condition
 * that the key is still free, usually in the effect's own transaction, which saves a
 * write per request.
 */
public class IdempotencyStore {

	static final String ID = "id";

	private static final String HASH = "requestHash";

	private static final String STATE = "state";

	private static final String OWNER = "owner";

	private static final String LOCKED_UNTIL = "lockedUntil";

	private static final String EXPIRES_AT = "expiresAt";

	private static final String STATUS = "status";

	private static final String CONTENT_TYPE = "contentType";

	private static final String HEADERS = "headers";

	private static final String BODY = "body";

	private static final String IN_PROGRESS = "IN_PROGRESS";

	private static final String COMPLETED = "COMPLETED";

	private final DynamoDbClient dynamoDb;

	private final IdempotencyProperties properties;

	private final Clock clock;

	public IdempotencyStore(DynamoDbClient dynamoDb, IdempotencyProperties properties, Clock clock) {
		this.dynamoDb = dynamoDb;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The right to store one request's response. A reserved claim took the key up front
	 * and only its {@code owner} may complete or release it. An unreserved one
	 * ({@code created} set) stores its outcome on the condition that the key is still
	 * free: a success in the effect's own transaction
	 * ({@link #recordCreatedInTransaction}), a refusal afterwards.
	 */
	public record Claim(String id, String owner, String requestHash, CreatedInTransaction created) {

		public boolean reserved() {
			return created == null;
		}

	}

	/**
	 * What a handler marked {@link RecordsIdempotencyInTransaction} answers on success:
	 * {@code status} and a {@code location} template with an {@code {id}} placeholder.
	 */
	public record CreatedInTransaction(int status, String location) {

		String locationOf(String id) {
			return location.replace("{id}", id);
		}

	}

	/**
	 * Reserves the key for this request, or returns empty when someone else holds or used
	 * it.
	 */
	public Optional<Claim> claim(String id, String requestHash) {
		Instant now = clock.instant();
		Claim claim = new Claim(id, UUID.randomUUID().toString(), requestHash, null);
		Map<String, AttributeValue> item = new HashMap<>();
		item.put(ID, s(id));
		item.put(HASH, s(requestHash));
		item.put(STATE, s(IN_PROGRESS));
		item.put(OWNER, s(claim.owner()));
		item.put(LOCKED_UNTIL, n(now.plus(properties.inProgressExpiry()).toEpochMilli()));
		item.put(EXPIRES_AT, n(now.plus(properties.retention()).getEpochSecond()));
		try {
			dynamoDb.putItem(
					keyIsFree(now).apply(PutItemRequest.builder().tableName(properties.table()).item(item)).build());
			return Optional.of(claim);
		}
		catch (ConditionalCheckFailedException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A claim that writes nothing until the response is stored, for effects that store it
	 * in their own transaction.
	 */
	Claim unreserved(String id, String requestHash, CreatedInTransaction created) {
		return new Claim(id, UUID.randomUUID().toString(), requestHash, created);
	}

	/** The record as it stands, read strongly consistent; empty if gone or expired. */
	Optional<IdempotencyRecord> find(String id) {
		Map<String, AttributeValue> item = dynamoDb
			.getItem(request -> request.tableName(properties.table()).key(Map.of(ID, s(id))).consistentRead(true))
			.item();
		if (item == null || item.isEmpty()
				|| Long.parseLong(item.get(EXPIRES_AT).n()) < clock.instant().getEpochSecond()) {
			return Optional.empty();
		}
		boolean completed = COMPLETED.equals(item.get(STATE).s());
		StoredResponse response = completed ? response(item) : null;
		return Optional.of(new IdempotencyRecord(id, item.get(HASH).s(), completed, response));
	}

	/**
	 * Stores the response, unless the key went to someone else: a reserved claim lost to
	 * a retry after its in-progress expiry, or an unreserved one whose key was used
	 * meanwhile. Their outcome is the one that counts.
	 * @return whether this response was stored
	 */
	public boolean complete(Claim claim, StoredResponse response) {
		try {
			dynamoDb.putItem(heldBy(claim)
				.apply(PutItemRequest.builder().tableName(properties.table()).item(completedItem(claim, response)))
				.build());
			return true;
		}
		catch (ConditionalCheckFailedException | TransactionConflictException ex) {
			// A transaction writing this key is under way: it is someone else's too.
			return false;
		}
	}

	/**
	 * Adds the completed record of an unreserved claim to the effect's transaction, so
	 * that the answer commits with the effect: {@code id} is what the effect created. The
	 * record holds the status and the created resource's location, not a body: a replay
	 * answers with the representation a GET of that location gives. The item's condition
	 * fails when the key was used meanwhile; the effect then throws
	 * {@link IdempotencyKeyTakenException} and the caller gets that first outcome.
	 * @param tag handed back by
	 * {@link com.digitalbank.platform.dynamodb.WriteTransactions} if this item's
	 * condition fails
	 */
	public void recordCreatedInTransaction(WriteTransaction transaction, Claim claim, String id, Object tag) {
		if (claim.reserved()) {
			throw new IllegalArgumentException("Only an unreserved claim is recorded in its effect's transaction");
		}
		StoredResponse response = StoredResponse.created(claim.created().status(), claim.created().locationOf(id));
		Condition condition = heldBy(claim);
		transaction.add(TransactWriteItem.builder()
			.put(Put.builder()
				.tableName(properties.table())
				.item(completedItem(claim, response))
				.conditionExpression(condition.expression())
				.expressionAttributeNames(condition.names())
				.expressionAttributeValues(condition.values())
				.build())
			.build(), tag);
	}

	/** Frees the key so a retry can run: nothing was stored for it. */
	public void release(Claim claim) {
		if (!claim.reserved()) {
			return;
		}
		try {
			dynamoDb.deleteItem(request -> request.tableName(properties.table())
				.key(Map.of(ID, s(claim.id())))
				.conditionExpression("#owner = :owner AND #state = :inProgress")
				.expressionAttributeNames(Map.of("#owner", OWNER, "#state", STATE))
				.expressionAttributeValues(Map.of(":owner", s(claim.owner()), ":inProgress", s(IN_PROGRESS))));
		}
		catch (ConditionalCheckFailedException ex) {
			// Already completed in a transaction, or taken over: leave it.
		}
	}

	/** A condition expression with its names and values, for a put of either kind. */
	private record Condition(String expression, Map<String, String> names, Map<String, AttributeValue> values) {

		PutItemRequest.Builder apply(PutItemRequest.Builder put) {
			return put.conditionExpression(expression)
				.expressionAttributeNames(names)
				.expressionAttributeValues(values);
		}

	}

	private Condition heldBy(Claim claim) {
		if (!claim.reserved()) {
			return keyIsFree(clock.instant());
		}
		return new Condition("#owner = :owner", Map.of("#owner", OWNER), Map.of(":owner", s(claim.owner())));
	}

	private static Condition keyIsFree(Instant now) {
		return new Condition(
				"attribute_not_exists(#id) OR #expiresAt < :nowSeconds "
						+ "OR (#state = :inProgress AND #lockedUntil < :nowMillis)",
				Map.of("#id", ID, "#expiresAt", EXPIRES_AT, "#state", STATE, "#lockedUntil", LOCKED_UNTIL),
				Map.of(":nowSeconds", n(now.getEpochSecond()), ":inProgress", s(IN_PROGRESS), ":nowMillis",
						n(now.toEpochMilli())));
	}

	private Map<String, AttributeValue> completedItem(Claim claim, StoredResponse response) {
		Instant now = clock.instant();
		Map<String, AttributeValue> headers = new HashMap<>();
		response.headers().forEach((name, value) -> headers.put(name, s(value)));
		Map<String, AttributeValue> item = new HashMap<>();
		item.put(ID, s(claim.id()));
		item.put(STATE, s(COMPLETED));
		item.put(OWNER, s(claim.owner()));
		item.put(HASH, s(claim.requestHash()));
		item.put(EXPIRES_AT, n(now.plus(properties.retention()).getEpochSecond()));
		item.put(STATUS, n(response.status()));
		item.put(CONTENT_TYPE, s(response.contentType() == null ? "" : response.contentType()));
		item.put(HEADERS, AttributeValue.fromM(headers));
		if (response.body() != null) {
			item.put(BODY, AttributeValue.fromB(SdkBytes.fromByteArray(response.body())));
		}
		return item;
	}

	private static StoredResponse response(Map<String, AttributeValue> item) {
		Map<String, String> headers = new HashMap<>();
		item.getOrDefault(HEADERS, AttributeValue.fromM(Map.of())).m().forEach((k, v) -> headers.put(k, v.s()));
		String contentType = item.get(CONTENT_TYPE).s();
		AttributeValue body = item.get(BODY);
		return new StoredResponse(Integer.parseInt(item.get(STATUS).n()), contentType.isEmpty() ? null : contentType,
				headers, body == null ? null : body.b().asByteArray());
	}

	private static AttributeValue s(String value) {
		return AttributeValue.fromS(value);
	}

	private static AttributeValue n(long value) {
		return AttributeValue.fromN(Long.toString(value));
	}

}
