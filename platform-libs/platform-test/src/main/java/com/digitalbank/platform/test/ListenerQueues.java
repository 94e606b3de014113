package com.digitalbank.platform.test;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.listener.AbstractMessageListenerContainer;
import io.awspring.cloud.sqs.listener.MessageListenerContainer;
import io.awspring.cloud.sqs.listener.MessageListenerContainerRegistry;
import org.springframework.beans.factory.config.BeanExpressionContext;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * The queues a running service reads: every {@code @SqsListener} method on its beans, its
 * queue names resolved as Spring Cloud AWS resolves them (placeholders, then
 * expressions), a URL reduced to the queue's name.
 */
public final class ListenerQueues {

	private ListenerQueues() {
	}

	public static Set<String> of(ConfigurableApplicationContext context) {
		ConfigurableBeanFactory beans = context.getBeanFactory();
		Set<String> queues = new TreeSet<>();
		for (String name : context.getBeanDefinitionNames()) {
			Class<?> type = context.getType(name, false);
			if (type == null) {
				continue;
			}
			ReflectionUtils.doWithMethods(ClassUtils.getUserClass(type), method -> {
				SqsListener listener = AnnotatedElementUtils.findMergedAnnotation(method, SqsListener.class);
				if (listener != null) {
					Stream.concat(Arrays.stream(listener.value()), Arrays.stream(listener.queueNames()))
						.map(queue -> resolve(beans, queue))
						.forEach(queue -> queues.add(SentMessages.queueName(queue)));
				}
			});
		}
		return queues;
	}

	/**
	 * The listener container reading this queue, to stop and start it in a test (as if
	 * the service's listeners were down for a while).
	 */
	public static MessageListenerContainer<?> container(MessageListenerContainerRegistry registry, String queue) {
		return registry.getListenerContainers()
			.stream()
			.filter(container -> container instanceof AbstractMessageListenerContainer<?, ?, ?> listening
					&& listening.getQueueNames().contains(queue))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No listener container reads " + queue));
	}

	private static String resolve(ConfigurableBeanFactory beans, String value) {
		String resolved = beans.resolveEmbeddedValue(value);
		if (beans.getBeanExpressionResolver() == null) {
			return resolved;
		}
		return String
			.valueOf(beans.getBeanExpressionResolver().evaluate(resolved, new BeanExpressionContext(beans, null)));
	}

}
