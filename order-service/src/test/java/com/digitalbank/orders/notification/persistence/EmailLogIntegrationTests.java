package com.digitalbank.orders.notification.persistence;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.digitalbank.orders.OrderIntegrationTest;
import com.digitalbank.orders.notification.EmailKind;
import com.digitalbank.orders.order.OrdersProperties;
import com.digitalbank.orders.order.TenantPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

import static org.assertj.core.api.Assertions.assertThat;

@OrderIntegrationTest
class EmailLogIntegrationTests {

	@Autowired
	EmailLog emailLog;

	@Autowired
	DynamoDbClient dynamoDb;

	@Autowired
	OrdersProperties properties;

	@Test
	void markerExpiresThroughTheTablesTimeToLive() {
		String tenant = "ttl-" + UUID.randomUUID();
		String orderId = UUID.randomUUID().toString();
		Instant now = Instant.parse("2026-11-01T10:00:00Z");

		assertThat(emailLog.claim(tenant, orderId, EmailKind.CUSTOMER_CONFIRMATION, now, now.minusSeconds(60)))
			.isTrue();
		emailLog.markSent(tenant, orderId, EmailKind.CUSTOMER_CONFIRMATION, now.plusSeconds(1));

		Map<String, AttributeValue> marker = dynamoDb
			.getItem(get -> get.tableName(properties.table())
				.key(Map.of(TenantPartition.PARTITION_KEY, AttributeValue.fromS(new TenantPartition(tenant).key()),
						TenantPartition.SORT_KEY, AttributeValue.fromS("EMAIL#" + orderId + "#CUSTOMER_CONFIRMATION"))))
			.item();
		assertThat(marker.get(EmailLog.EXPIRES_AT).n())
			.isEqualTo(String.valueOf(now.plus(EmailLog.RETENTION).getEpochSecond()));

		TimeToLiveDescription ttl = dynamoDb.describeTimeToLive(describe -> describe.tableName(properties.table()))
			.timeToLiveDescription();
		assertThat(ttl.attributeName()).isEqualTo(EmailLog.EXPIRES_AT);
		assertThat(ttl.timeToLiveStatus()).isIn(TimeToLiveStatus.ENABLED, TimeToLiveStatus.ENABLING);
	}

}
