package com.digitalbank.platform.test;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.beans.factory.config.BeanPostProcessor;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequest;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

/**
 * Wraps the application's {@code SqsAsyncClient} so that every SendMessage and
 * SendMessageBatch is told to {@link SentMessages}; the call itself goes on unchanged.
 */
final class SqsSendRecorder implements BeanPostProcessor {

	private final SentMessages sent;

	SqsSendRecorder(SentMessages sent) {
		this.sent = sent;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof SqsAsyncClient client && !Proxy.isProxyClass(bean.getClass())) {
			return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { SqsAsyncClient.class },
					new Recording(client, sent));
		}
		return bean;
	}

	private record Recording(SqsAsyncClient client, SentMessages sent) implements InvocationHandler {

		@Override
		@SuppressWarnings("unchecked")
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			if (method.getName().equals("sendMessage") && args.length == 1) {
				SendMessageRequest request = args[0] instanceof Consumer<?> consumer ? SendMessageRequest.builder()
					.applyMutation((Consumer<SendMessageRequest.Builder>) consumer)
					.build() : (SendMessageRequest) args[0];
				sent.sent(request.queueUrl(), List.of(request.messageBody()));
				return client.sendMessage(request);
			}
			if (method.getName().equals("sendMessageBatch") && args.length == 1) {
				SendMessageBatchRequest request = args[0] instanceof Consumer<?> consumer
						? SendMessageBatchRequest.builder()
							.applyMutation((Consumer<SendMessageBatchRequest.Builder>) consumer)
							.build()
						: (SendMessageBatchRequest) args[0];
				sent.sent(request.queueUrl(),
						request.entries().stream().map(SendMessageBatchRequestEntry::messageBody).toList());
				return client.sendMessageBatch(request);
			}
			try {
				return method.invoke(client, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		}

	}

}
