package com.digitalbank.platform.aws;

import io.awspring.cloud.autoconfigure.dynamodb.DynamoDbClientCustomizer;
import io.awspring.cloud.autoconfigure.s3.S3ClientCustomizer;
import io.awspring.cloud.autoconfigure.sqs.SqsAsyncClientCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Every AWS client retries throttling and transient failures with exponential backoff and
 * jitter (the SDK's standard strategy), with a configurable number of attempts. A service
 * may add customizers of its own, so each of these steps aside only for a bean of the
 * same name.
 */
@AutoConfiguration
@ConditionalOnBooleanProperty(name = "platform.aws.enabled", matchIfMissing = true)
@EnableConfigurationProperties(AwsProperties.class)
public class AwsClientsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "platformDynamoDbRetries")
	DynamoDbClientCustomizer platformDynamoDbRetries(AwsProperties properties) {
		return builder -> withRetries(builder, properties);
	}

	@Bean
	@ConditionalOnMissingBean(name = "platformSqsRetries")
	SqsAsyncClientCustomizer platformSqsRetries(AwsProperties properties) {
		return builder -> withRetries(builder, properties);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(S3Client.class)
	static class S3Retries {

		@Bean
		@ConditionalOnMissingBean(name = "platformS3Retries")
		S3ClientCustomizer platformS3Retries(AwsProperties properties) {
			return builder -> withRetries(builder, properties);
		}

	}

	static void withRetries(AwsClientBuilder<?, ?> builder, AwsProperties properties) {
		builder.overrideConfiguration(builder.overrideConfiguration()
			.toBuilder()
			.retryStrategy(
					AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(properties.maxAttempts()).build())
			.build());
	}

}
