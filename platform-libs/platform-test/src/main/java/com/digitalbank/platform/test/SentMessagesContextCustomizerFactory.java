package com.digitalbank.platform.test;

import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.ClassUtils;

/**
 * Gives every {@link WithLocalStack} test context a {@link SentMessages} bean fed by the
 * application's SQS client. All such contexts get the same customizer, so it does not
 * split Spring's context cache.
 */
class SentMessagesContextCustomizerFactory implements ContextCustomizerFactory {

	private static final String SQS_CLIENT = "software.amazon.awssdk.services.sqs.SqsAsyncClient";

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		boolean localStack = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
			.isPresent(WithLocalStack.class);
		return localStack && ClassUtils.isPresent(SQS_CLIENT, testClass.getClassLoader()) ? new Customizer() : null;
	}

	private static final class Customizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
			SentMessages sent = new SentMessages();
			context.getBeanFactory().registerSingleton("sentMessages", sent);
			context.getBeanFactory().addBeanPostProcessor(new SqsSendRecorder(sent));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Customizer;
		}

		@Override
		public int hashCode() {
			return Customizer.class.hashCode();
		}

	}

}
