package com.digitalbank.orders.order.persistence;

import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * A {@link PendingWrite} written on its own, as one {@code PutItem} or
 * {@code UpdateItem}: when nothing waited with it, and when its group failed for a reason
 * that may be its own.
 */
class LoneWrite {

	private final DynamoDbClient dynamoDb;

	LoneWrite(DynamoDbClient dynamoDb) {
		this.dynamoDb = dynamoDb;
	}

	void write(PendingWrite write) {
		try {
			if (write.write().update() != null) {
				Map<String, AttributeValue> after = dynamoDb.updateItem(alone(write.write().update(), write.read()))
					.attributes();
				write.complete(new WriteOutcome.Applied(after == null ? Map.of() : after));
			}
			else {
				dynamoDb.putItem(alone(write.write().put()));
				write.complete(new WriteOutcome.Applied(Map.of()));
			}
		}
		catch (ConditionalCheckFailedException ex) {
			write.complete(new WriteOutcome.Refused(ex.hasItem() ? ex.item() : Map.of()));
		}
		catch (RuntimeException ex) {
			write.fail(ex);
		}
	}

	private static UpdateItemRequest alone(Update update, boolean read) {
		return UpdateItemRequest.builder()
			.tableName(update.tableName())
			.key(update.key())
			.updateExpression(update.updateExpression())
			.conditionExpression(update.conditionExpression())
			.expressionAttributeNames(update.hasExpressionAttributeNames() ? update.expressionAttributeNames() : null)
			.expressionAttributeValues(
					update.hasExpressionAttributeValues() ? update.expressionAttributeValues() : null)
			.returnValues(read ? ReturnValue.ALL_NEW : ReturnValue.NONE)
			.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
			.build();
	}

	private static PutItemRequest alone(Put put) {
		return PutItemRequest.builder()
			.tableName(put.tableName())
			.item(put.item())
			.conditionExpression(put.conditionExpression())
			.expressionAttributeNames(put.hasExpressionAttributeNames() ? put.expressionAttributeNames() : null)
			.expressionAttributeValues(put.hasExpressionAttributeValues() ? put.expressionAttributeValues() : null)
			.build();
	}

}
