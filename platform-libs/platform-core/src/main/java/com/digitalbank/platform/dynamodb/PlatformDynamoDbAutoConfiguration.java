package com.digitalbank.platform.dynamodb;

import io.awspring.cloud.autoconfigure.dynamodb.DynamoDbAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import tools.jackson.databind.json.JsonMapper;

/** {@link WriteTransactions} and {@link JsonItems} for services that use DynamoDB. */
@AutoConfiguration(after = { DynamoDbAutoConfiguration.class, JacksonAutoConfiguration.class })
@ConditionalOnBean(DynamoDbClient.class)
@ConditionalOnBooleanProperty(name = "platform.dynamodb.enabled", matchIfMissing = true)
public class PlatformDynamoDbAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	WriteTransactions writeTransactions(DynamoDbClient dynamoDb) {
		return new WriteTransactions(dynamoDb);
	}

	@Bean
	@ConditionalOnMissingBean
	JsonItems jsonItems(JsonMapper jsonMapper) {
		return new JsonItems(jsonMapper);
	}

}
