package com.digitalbank.orders.order.persistence;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.digitalbank.orders.order.InvoiceClaim;
import com.digitalbank.orders.order.Order;
import com.digitalbank.orders.order.OrderNotFoundException;
import com.digitalbank.orders.order.OrdersProperties;
import com.digitalbank.platform.dynamodb.JsonItems;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * What the pipeline's steps claim on an order, kept on the order's own item: the invoice
 * (claimed, then its key recorded) and each e-mail (claimed, then marked sent). A claim
 * is one conditional update that also answers the order, so a step reads and claims in
 * one go; a claim whose holder died ages out. Claims and marks go through the
 * {@link OrderWriter}, which writes those of concurrent steps together. None of these
 * writes changes the order's version: they are not client edits.
 */
@Component
public class OrderClaims {

	static final String INVOICE_CLAIMED_AT = "invoiceClaimedAt";

	/**
	 * How many times the invoice was claimed: a claim after the first one may find a PDF
	 * that an earlier attempt stored.
	 */
	static final String INVOICE_ATTEMPTS = "invoiceAttempts";

	private static final AttributeValue ONE = AttributeValue.fromN("1");

	private final DynamoDbClient dynamoDb;

	private final OrderWriter writer;

	private final OrderStore store;

	private final JsonItems items;

	private final String table;

	OrderClaims(DynamoDbClient dynamoDb, OrderWriter writer, OrderStore store, JsonItems items,
			OrdersProperties properties) {
		this.dynamoDb = dynamoDb;
		this.writer = writer;
		this.store = store;
		this.items = items;
		this.table = properties.table();
	}

	/**
	 * Claims the right to render the invoice: granted when none was stored and no other
	 * claim is younger than {@code staleBefore}. The claim says whether an earlier
	 * attempt had claimed it.
	 */
	public InvoiceClaim claimInvoice(String tenantId, String orderId, Instant now, Instant staleBefore) {
		WriteOutcome outcome = writer.update(update(tenantId, orderId, "SET #claimed = :now ADD #attempts :one",
				"attribute_exists(PK) AND attribute_not_exists(invoiceKey) AND "
						+ "(attribute_not_exists(#claimed) OR #claimed < :stale)",
				Map.of("#claimed", INVOICE_CLAIMED_AT, "#attempts", INVOICE_ATTEMPTS),
				Map.of(":now", epochMillis(now), ":stale", epochMillis(staleBefore), ":one", ONE)), true);
		return switch (outcome) {
			case WriteOutcome.Applied applied -> {
				Map<String, AttributeValue> after = orRead(applied.item(), tenantId, orderId);
				AttributeValue attempts = after.get(INVOICE_ATTEMPTS);
				yield new InvoiceClaim.Claimed(items.fromItem(after, Order.class),
						attempts == null || Long.parseLong(attempts.n()) > 1);
			}
			case WriteOutcome.Refused refused -> refusedOrder(refused, tenantId, orderId).invoiceKey() != null
					? new InvoiceClaim.AlreadyIssued() : new InvoiceClaim.Busy();
		};
	}

	/** Records where the invoice is stored and ends the claim. */
	public void recordInvoice(String tenantId, String orderId, String invoiceKey) {
		mark(orderId, update(tenantId, orderId, "SET invoiceKey = :key REMOVE #claimed", "attribute_exists(PK)",
				Map.of("#claimed", INVOICE_CLAIMED_AT), Map.of(":key", AttributeValue.fromS(invoiceKey))));
	}

	/**
	 * Gives the invoice slot back after a failed attempt, so the retry claims it at once;
	 * a recorded invoice is left alone. Rare, so written on its own.
	 */
	public void releaseInvoiceClaim(String tenantId, String orderId) {
		try {
			dynamoDb.updateItem(update -> update.tableName(table)
				.key(OrderKeys.key(tenantId, orderId))
				.updateExpression("REMOVE #claimed")
				.conditionExpression("attribute_exists(PK) AND attribute_not_exists(invoiceKey)")
				.expressionAttributeNames(Map.of("#claimed", INVOICE_CLAIMED_AT)));
		}
		catch (ConditionalCheckFailedException ex) {
			// Nothing to release.
		}
	}

	/**
	 * Claims the sending of one of the order's e-mails ({@code email} names it) and
	 * answers the order; empty when it was sent or another sender's claim is younger than
	 * {@code staleBefore}.
	 */
	public Optional<Order> claimEmail(String tenantId, String orderId, String email, Instant now, Instant staleBefore) {
		WriteOutcome outcome = writer.update(update(tenantId, orderId, "SET #claimed = :now",
				"attribute_exists(PK) AND attribute_not_exists(#sent) AND "
						+ "(attribute_not_exists(#claimed) OR #claimed < :stale)",
				Map.of("#claimed", emailClaimedAt(email), "#sent", emailSentAt(email)),
				Map.of(":now", epochMillis(now), ":stale", epochMillis(staleBefore))), true);
		return switch (outcome) {
			case WriteOutcome.Applied applied ->
				Optional.of(items.fromItem(orRead(applied.item(), tenantId, orderId), Order.class));
			case WriteOutcome.Refused refused -> {
				refusedOrder(refused, tenantId, orderId);
				yield Optional.empty();
			}
		};
	}

	/** Marks the e-mail sent, for good: no claim of it succeeds again. */
	public void markEmailSent(String tenantId, String orderId, String email, Instant now) {
		mark(orderId,
				update(tenantId, orderId, "SET #sent = :now REMOVE #claimed", "attribute_exists(PK)",
						Map.of("#claimed", emailClaimedAt(email), "#sent", emailSentAt(email)),
						Map.of(":now", epochMillis(now))));
	}

	/**
	 * Gives the claim back after a failed send; an e-mail marked sent stays sent. Rare,
	 * so written on its own.
	 */
	public void releaseEmailClaim(String tenantId, String orderId, String email) {
		try {
			dynamoDb.updateItem(update -> update.tableName(table)
				.key(OrderKeys.key(tenantId, orderId))
				.updateExpression("REMOVE #claimed")
				.conditionExpression("attribute_exists(PK)")
				.expressionAttributeNames(Map.of("#claimed", emailClaimedAt(email))));
		}
		catch (ConditionalCheckFailedException ex) {
			// No such order: nothing to release.
		}
	}

	static String emailClaimedAt(String email) {
		return "email#" + email + "#claimedAt";
	}

	static String emailSentAt(String email) {
		return "email#" + email + "#sentAt";
	}

	private void mark(String orderId, Update update) {
		if (writer.update(update, false) instanceof WriteOutcome.Refused) {
			throw new OrderNotFoundException(orderId);
		}
	}

	private Update update(String tenantId, String orderId, String expression, String condition,
			Map<String, String> names, Map<String, AttributeValue> values) {
		return Update.builder()
			.tableName(table)
			.key(OrderKeys.key(tenantId, orderId))
			.updateExpression(expression)
			.conditionExpression(condition)
			.expressionAttributeNames(names)
			.expressionAttributeValues(values)
			.build();
	}

	/** The claimed item, read alone when the group's read did not bring it. */
	private Map<String, AttributeValue> orRead(Map<String, AttributeValue> item, String tenantId, String orderId) {
		if (!item.isEmpty()) {
			return item;
		}
		Map<String, AttributeValue> read = dynamoDb
			.getItem(get -> get.tableName(table).key(OrderKeys.key(tenantId, orderId)).consistentRead(true))
			.item();
		if (read == null || read.isEmpty()) {
			throw new OrderNotFoundException(orderId);
		}
		return read;
	}

	/**
	 * The order a claim was refused on, as the refusal found it, or read when the store
	 * did not say; a missing one is not found, as for a read.
	 */
	private Order refusedOrder(WriteOutcome.Refused refused, String tenantId, String orderId) {
		if (!refused.item().isEmpty()) {
			return items.fromItem(refused.item(), Order.class);
		}
		return store.find(tenantId, orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
	}

	private static AttributeValue epochMillis(Instant instant) {
		return AttributeValue.fromN(String.valueOf(instant.toEpochMilli()));
	}

}
