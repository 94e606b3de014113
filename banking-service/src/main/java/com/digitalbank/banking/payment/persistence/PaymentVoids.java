package com.digitalbank.banking.payment.persistence;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.digitalbank.banking.payment.PaymentProperties;
import com.digitalbank.platform.resources.KeyAttribute;
import com.digitalbank.platform.resources.TableDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Payment ids that must never be charged, one item each, written once: the first void's
 * time is the one that stays.
 */
@Component
public class PaymentVoids {

	private static final String PAYMENT_ID = "paymentId";

	private static final String VOIDED_AT = "voidedAt";

	private final DynamoDbClient dynamoDb;

	private final String table;

	PaymentVoids(DynamoDbClient dynamoDb, PaymentProperties properties) {
		this.dynamoDb = dynamoDb;
		this.table = properties.voidsTable();
	}

	/** Records the void unless it is recorded; answers when the id was first voided. */
	public Instant voidId(String paymentId, Instant now) {
		try {
			dynamoDb.putItem(put -> put.tableName(table)
				.item(Map.of(PAYMENT_ID, AttributeValue.fromS(paymentId), VOIDED_AT,
						AttributeValue.fromS(now.toString())))
				.conditionExpression("attribute_not_exists(" + PAYMENT_ID + ")"));
			return now;
		}
		catch (ConditionalCheckFailedException ex) {
			return voidedAt(paymentId).orElseThrow();
		}
	}

	/** Strongly consistent: a void recorded before this read is seen by it. */
	public Optional<Instant> voidedAt(String paymentId) {
		Map<String, AttributeValue> item = dynamoDb
			.getItem(get -> get.tableName(table)
				.key(Map.of(PAYMENT_ID, AttributeValue.fromS(paymentId)))
				.consistentRead(true))
			.item();
		return item == null || item.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(item.get(VOIDED_AT).s()));
	}

	@Configuration(proxyBeanMethods = false)
	static class Tables {

		@Bean
		TableDeclaration paymentVoidsTable(PaymentProperties properties) {
			return TableDeclaration.of(properties.voidsTable(), KeyAttribute.string(PAYMENT_ID));
		}

	}

}
