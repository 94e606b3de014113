package com.digitalbank.platform.resources;

import io.awspring.cloud.autoconfigure.dynamodb.DynamoDbAutoConfiguration;
import io.awspring.cloud.autoconfigure.s3.S3AutoConfiguration;
import io.awspring.cloud.autoconfigure.sqs.SqsAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

/**
 * Creates (locally) or checks (in AWS) every table, queue and bucket the service
 * declares. A service that provisions its resources another way replaces
 * {@code resourceProvisioning} by name, or sets {@code platform.resources.enabled=false}.
 */
@AutoConfiguration(after = { DynamoDbAutoConfiguration.class, SqsAutoConfiguration.class, S3AutoConfiguration.class })
@ConditionalOnBooleanProperty(name = "platform.resources.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ResourcesProperties.class)
public class ResourcesAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "resourceProvisioning")
	ResourceProvisioning resourceProvisioning(ResourcesProperties properties, ObjectProvider<TableDeclaration> tables,
			ObjectProvider<QueueDeclaration> queues, ObjectProvider<BucketDeclaration> buckets,
			ObjectProvider<DynamoDbClient> dynamoDb, ObjectProvider<SqsAsyncClient> sqs,
			ObjectProvider<BucketProvisioner> bucketProvisioner) {
		return new ResourceProvisioning(properties, tables.orderedStream().toList(), queues.orderedStream().toList(),
				buckets.orderedStream().toList(), new TableProvisioner(dynamoDb.getObject()),
				new QueueProvisioner(sqs.getObject()), bucketProvisioner.getIfAvailable());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(S3Client.class)
	@ConditionalOnBean(S3Client.class)
	static class BucketProvisionerConfiguration {

		@Bean
		@ConditionalOnMissingBean
		BucketProvisioner bucketProvisioner(S3Client s3) {
			return new BucketProvisioner(s3);
		}

	}

}
