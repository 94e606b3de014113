package com.digitalbank.platform.resources;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

class ResourcesAutoConfigurationTests {

	private final DynamoDbClient dynamoDb = mock(DynamoDbClient.class);

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ResourcesAutoConfiguration.class))
		.withBean(DynamoDbClient.class, () -> dynamoDb)
		.withBean(SqsAsyncClient.class, () -> mock(SqsAsyncClient.class));

	@Test
	void provisionsDeclaredResources() {
		runner.run(context -> assertThat(context).getBean("resourceProvisioning")
			.isInstanceOf(ResourceProvisioning.class));
	}

	@Test
	void aServicesOwnProvisioningWinsAndThePlatformTouchesNothing() {
		SmartInitializingSingleton mine = () -> {
		};

		runner.withBean("resourceProvisioning", SmartInitializingSingleton.class, () -> mine)
			.withBean("ordersTable", TableDeclaration.class,
					() -> TableDeclaration.of("orders", KeyAttribute.string("PK")))
			.run(context -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean("resourceProvisioning")).isSameAs(mine);
				verifyNoInteractions(dynamoDb);
			});
	}

	@Test
	void propertySwitchesItOff() {
		runner.withPropertyValues("platform.resources.enabled=false")
			.withBean("ordersTable", TableDeclaration.class,
					() -> TableDeclaration.of("orders", KeyAttribute.string("PK")))
			.run(context -> {
				assertThat(context).hasNotFailed().doesNotHaveBean("resourceProvisioning");
				verifyNoInteractions(dynamoDb);
			});
	}

}
