package com.digitalbank.orders.benchmark;

import java.util.List;

import com.digitalbank.platform.messaging.BatchProcessor;
import com.digitalbank.platform.messaging.BatchResult;
import com.digitalbank.platform.messaging.MessageHandler;
import com.digitalbank.platform.messaging.MessagingProperties;
import io.awspring.cloud.autoconfigure.dynamodb.DynamoDbClientCustomizer;
import io.awspring.cloud.autoconfigure.s3.S3ClientCustomizer;
import io.awspring.cloud.autoconfigure.sqs.SqsAsyncClientCustomizer;
import io.awspring.cloud.sqs.listener.acknowledgement.BatchAcknowledgement;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.messaging.Message;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service as it runs, with the {@link IoLedger} watching: on its DynamoDB, SQS and S3
 * clients, around each handled message and around each SMTP send. Nothing it adds changes
 * what the service does.
 */
@TestConfiguration(proxyBeanMethods = false)
class InstrumentedPipeline {

	@Bean
	IoLedger ioLedger() {
		return new IoLedger();
	}

	@Bean
	DynamoDbClientCustomizer ledgerOnDynamoDb(IoLedger ledger) {
		return builder -> intercepted(builder, ledger);
	}

	@Bean
	SqsAsyncClientCustomizer ledgerOnSqs(IoLedger ledger) {
		return builder -> intercepted(builder, ledger);
	}

	@Bean
	S3ClientCustomizer ledgerOnS3(IoLedger ledger) {
		return builder -> intercepted(builder, ledger);
	}

	@Bean
	BatchProcessor timedBatchProcessor(JsonMapper jsonMapper, MessagingProperties properties, IoLedger ledger) {
		return new TimedBatchProcessor(jsonMapper, properties, ledger);
	}

	/**
	 * A class proxy, so the sender is still the {@code JavaMailSenderImpl} that Boot's
	 * mail health check looks for.
	 */
	@Bean
	static BeanPostProcessor timedMailSender(ObjectProvider<IoLedger> ledger) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof JavaMailSender)) {
					return bean;
				}
				ProxyFactory proxy = new ProxyFactory(bean);
				proxy.setProxyTargetClass(true);
				proxy.addAdvice((MethodInterceptor) invocation -> {
					if (!invocation.getMethod().getName().equals("send")) {
						return invocation.proceed();
					}
					Object[] result = new Object[1];
					ledger.getObject().timed("SMTP.send", () -> {
						try {
							result[0] = invocation.proceed();
						}
						catch (Exception | Error ex) {
							throw ex;
						}
						catch (Throwable ex) {
							throw new IllegalStateException(ex);
						}
					});
					return result[0];
				});
				return proxy.getProxy();
			}
		};
	}

	private static void intercepted(AwsClientBuilder<?, ?> builder, IoLedger ledger) {
		builder
			.overrideConfiguration(builder.overrideConfiguration().toBuilder().addExecutionInterceptor(ledger).build());
	}

	/** Names each batch's step after the listener whose handler it runs. */
	static final class TimedBatchProcessor extends BatchProcessor {

		private final IoLedger ledger;

		TimedBatchProcessor(JsonMapper jsonMapper, MessagingProperties properties, IoLedger ledger) {
			super(jsonMapper, properties.retryBaseBackoff(), properties.retryMaxBackoff());
			this.ledger = ledger;
		}

		@Override
		public BatchResult process(List<Message<String>> batch, BatchAcknowledgement<String> acknowledgement,
				MessageHandler handler) {
			String step = step(handler);
			return super.process(batch, acknowledgement, message -> ledger.inStep(step, () -> handler.handle(message)));
		}

		private static String step(MessageHandler handler) {
			String name = handler.getClass().getName();
			int end = name.indexOf("$$");
			return name.substring(name.lastIndexOf('.', end < 0 ? name.length() : end) + 1,
					end < 0 ? name.length() : end);
		}

	}

}
