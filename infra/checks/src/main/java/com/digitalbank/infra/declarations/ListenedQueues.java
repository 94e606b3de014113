package com.digitalbank.infra.declarations;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.awspring.cloud.sqs.annotation.SqsListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * The queues the service's {@code @SqsListener} methods read, found on the bean classes
 * without creating the beans (they are lazy here), placeholders resolved.
 */
final class ListenedQueues {

	private ListenedQueues() {
	}

	static Set<String> of(ConfigurableApplicationContext context) {
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
						.map(queue -> context.getEnvironment().resolvePlaceholders(queue))
						.map(queue -> queue.substring(queue.lastIndexOf('/') + 1))
						.forEach(queues::add);
				}
			});
		}
		return queues;
	}

}
