package com.digitalbank.platform.aws;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class AwsDefaultsEnvironmentPostProcessorTests {

	private final AwsDefaultsEnvironmentPostProcessor processor = new AwsDefaultsEnvironmentPostProcessor();

	@Test
	void outsideLocalClientsUseTheDefaultChainAndMissingQueuesFail() {
		MockEnvironment environment = new MockEnvironment();

		processor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("spring.cloud.aws.sqs.queue-not-found-strategy")).isEqualTo("fail");
		assertThat(environment.getProperty("spring.cloud.aws.dynamodb.endpoint")).isNull();
		assertThat(environment.getProperty("spring.cloud.aws.credentials.access-key")).isNull();
	}

	@Test
	void localProfilePointsAtTheLocalStack() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles(AwsDefaultsEnvironmentPostProcessor.LOCAL_PROFILE);

		processor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("spring.cloud.aws.dynamodb.endpoint")).isEqualTo("http://127.0.0.1:8000");
		assertThat(environment.getProperty("spring.cloud.aws.sqs.queue-not-found-strategy")).isEqualTo("create");
		assertThat(environment.getProperty("platform.resources.create-missing")).isEqualTo("true");
	}

	@Test
	void sesStepsAsideWhereSmtpIsConfigured() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.mail.host", "127.0.0.1");

		processor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("spring.autoconfigure.exclude")).contains("SesAutoConfiguration");
	}

}
