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
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * What the pipeline's steps claim on an order, kept on the order's own item: the invoice
 * (claimed, then its key recorded) and each e-mail (claimed, then marked sent). A claim
 * is one conditional update that also answers the order, so a step reads and claims in
 * one call; a claim whose holder died ages out. None of these writes changes the order's
 * version: they are not client edits.
 */
@Component
public class OrderClaims {

	static final String INVOICE_CLAIMED_AT = "invoiceClaimedAt";

	/**
	 * A released invoice claim: claimable at once, and a trace that an attempt was made.
	 */
	private static final AttributeValue RELEASED = AttributeValue.fromN("0");

	private final DynamoDbClient dynamoDb;

	private final OrderStore store;

	private final JsonItems items;

	private final String table;

	OrderClaims(DynamoDbClient dynamoDb, OrderStore store, JsonItems items, OrdersProperties properties) {
		this.dynamoDb = dynamoDb;
		this.store = store;
		this.items = items;
		this.table = properties.table();
	}

	/**
	 * Claims the right to render the invoice: granted when none was stored and no other
	 * claim is younger than {@code staleBefore}. The order comes back as it was before
	 * the claim, so the claim says whether an earlier attempt had claimed it.
	 */
	public InvoiceClaim claimInvoice(String tenantId, String orderId, Instant now, Instant staleBefore) {
		try {
			Map<String, AttributeValue> before = dynamoDb
				.updateItem(update -> update.tableName(table)
					.key(OrderKeys.key(tenantId, orderId))
					.updateExpression("SET #claimed = :now")
					.conditionExpression("attribute_exists(PK) AND attribute_not_exists(invoiceKey) AND "
							+ "(attribute_not_exists(#claimed) OR #claimed < :stale)")
					.expressionAttributeNames(Map.of("#claimed", INVOICE_CLAIMED_AT))
					.expressionAttributeValues(Map.of(":now", epochMillis(now), ":stale", epochMillis(staleBefore)))
					.returnValues(ReturnValue.ALL_OLD))
				.attributes();
			return new InvoiceClaim.Claimed(items.fromItem(before, Order.class),
					before.containsKey(INVOICE_CLAIMED_AT));
		}
		catch (ConditionalCheckFailedException ex) {
			return existing(tenantId, orderId).invoiceKey() != null ? new InvoiceClaim.AlreadyIssued()
					: new InvoiceClaim.Busy();
		}
	}

	/** Records where the invoice is stored and ends the claim. */
	public void recordInvoice(String tenantId, String orderId, String invoiceKey) {
		dynamoDb.updateItem(update -> update.tableName(table)
			.key(OrderKeys.key(tenantId, orderId))
			.updateExpression("SET invoiceKey = :key REMOVE #claimed")
			.conditionExpression("attribute_exists(PK)")
			.expressionAttributeNames(Map.of("#claimed", INVOICE_CLAIMED_AT))
			.expressionAttributeValues(Map.of(":key", AttributeValue.fromS(invoiceKey))));
	}

	/**
	 * Gives the invoice slot back after a failed attempt, so the retry claims it at once;
	 * a recorded invoice is left alone.
	 */
	public void releaseInvoiceClaim(String tenantId, String orderId) {
		try {
			dynamoDb.updateItem(update -> update.tableName(table)
				.key(OrderKeys.key(tenantId, orderId))
				.updateExpression("SET #claimed = :released")
				.conditionExpression("attribute_exists(PK) AND attribute_not_exists(invoiceKey)")
				.expressionAttributeNames(Map.of("#claimed", INVOICE_CLAIMED_AT))
				.expressionAttributeValues(Map.of(":released", RELEASED)));
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
		try {
			Map<String, AttributeValue> after = dynamoDb
				.updateItem(update -> update.tableName(table)
					.key(OrderKeys.key(tenantId, orderId))
					.updateExpression("SET #claimed = :now")
					.conditionExpression("attribute_exists(PK) AND attribute_not_exists(#sent) AND "
							+ "(attribute_not_exists(#claimed) OR #claimed < :stale)")
					.expressionAttributeNames(Map.of("#claimed", emailClaimedAt(email), "#sent", emailSentAt(email)))
					.expressionAttributeValues(Map.of(":now", epochMillis(now), ":stale", epochMillis(staleBefore)))
					.returnValues(ReturnValue.ALL_NEW))
				.attributes();
			return Optional.of(items.fromItem(after, Order.class));
		}
		catch (ConditionalCheckFailedException ex) {
			existing(tenantId, orderId);
			return Optional.empty();
		}
	}

	/** Marks the e-mail sent, for good: no claim of it succeeds again. */
	public void markEmailSent(String tenantId, String orderId, String email, Instant now) {
		dynamoDb.updateItem(update -> update.tableName(table)
			.key(OrderKeys.key(tenantId, orderId))
			.updateExpression("SET #sent = :now REMOVE #claimed")
			.conditionExpression("attribute_exists(PK)")
			.expressionAttributeNames(Map.of("#claimed", emailClaimedAt(email), "#sent", emailSentAt(email)))
			.expressionAttributeValues(Map.of(":now", epochMillis(now))));
	}

	/** Gives the claim back after a failed send; an e-mail marked sent stays sent. */
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

	/** The order a claim was refused on; a missing one is not found, as for a read. */
	private Order existing(String tenantId, String orderId) {
		return store.find(tenantId, orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
	}

	private static AttributeValue epochMillis(Instant instant) {
		return AttributeValue.fromN(String.valueOf(instant.toEpochMilli()));
	}

}
