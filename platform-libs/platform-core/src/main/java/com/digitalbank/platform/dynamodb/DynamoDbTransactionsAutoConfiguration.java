package com.digitalbank.platform.dynamodb;

import io.awspring.cloud.autoconfigure.dynamodb.DynamoDbAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@link WriteTransactions} for services that use DynamoDB. */
@AutoConfiguration(after = DynamoDbAutoConfiguration.class)
@ConditionalOnBean(DynamoDbClient.class)
public class DynamoDbTransactionsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	WriteTransactions writeTransactions(DynamoDbClient dynamoDb) {
		return new WriteTransactions(dynamoDb);
	}

}
