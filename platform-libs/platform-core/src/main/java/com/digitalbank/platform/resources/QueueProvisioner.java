package com.digitalbank.platform.resources;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import software.amazon.awssdk.services.sqs.model.QueueNameExistsException;

/**
 * Creates or checks the declared queues, each with its dead-letter queue and redrive
 * policy.
 */
class QueueProvisioner {

	private static final Logger log = LoggerFactory.getLogger(QueueProvisioner.class);

	private final SqsAsyncClient sqs;

	QueueProvisioner(SqsAsyncClient sqs) {
		this.sqs = sqs;
	}

	void ensure(QueueDeclaration queue, boolean createMissing) {
		if (!createMissing) {
			verify(queue.name());
			verify(queue.deadLetterQueueName());
			return;
		}
		String dlqUrl = create(queue.deadLetterQueueName(), fifo(queue, new HashMap<>()));
		String dlqArn = sqs
			.getQueueAttributes(request -> request.queueUrl(dlqUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
			.join()
			.attributes()
			.get(QueueAttributeName.QUEUE_ARN);
		Map<QueueAttributeName, String> attributes = fifo(queue, new HashMap<>());
		attributes.put(QueueAttributeName.VISIBILITY_TIMEOUT, String.valueOf(queue.visibilityTimeout().toSeconds()));
		attributes.put(QueueAttributeName.REDRIVE_POLICY,
				"{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\"" + queue.maxReceiveCount() + "\"}");
		create(queue.name(), attributes);
		log.info("Queue {} ready with dead-letter queue {}", queue.name(), queue.deadLetterQueueName());
	}

	/**
	 * Creates the queue, and gives it the declared attributes even if it existed with
	 * others (declared differently before, e.g. another visibility timeout): the
	 * declaration is what the service runs on. SQS refuses to create a queue that exists
	 * with other attributes; ElasticMQ answers the existing one for some of them.
	 */
	private String create(String name, Map<QueueAttributeName, String> attributes) {
		String url;
		try {
			url = sqs.createQueue(request -> request.queueName(name).attributes(attributes)).join().queueUrl();
		}
		catch (CompletionException ex) {
			if (!(ex.getCause() instanceof QueueNameExistsException)) {
				throw ex;
			}
			url = sqs.getQueueUrl(request -> request.queueName(name)).join().queueUrl();
			log.info("Queue {} existed with other attributes; it gets the declared ones", name);
		}
		Map<QueueAttributeName, String> changeable = new HashMap<>(attributes);
		// A queue cannot become FIFO or stop being one; its name says which it is.
		changeable.remove(QueueAttributeName.FIFO_QUEUE);
		if (!changeable.isEmpty()) {
			String queueUrl = url;
			sqs.setQueueAttributes(request -> request.queueUrl(queueUrl).attributes(changeable)).join();
		}
		return url;
	}

	private static Map<QueueAttributeName, String> fifo(QueueDeclaration queue,
			Map<QueueAttributeName, String> attributes) {
		if (queue.fifo()) {
			attributes.put(QueueAttributeName.FIFO_QUEUE, "true");
			attributes.put(QueueAttributeName.CONTENT_BASED_DEDUPLICATION, "false");
		}
		return attributes;
	}

	private void verify(String name) {
		try {
			sqs.getQueueUrl(request -> request.queueName(name)).join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof QueueDoesNotExistException missing) {
				throw new MissingResourceException("SQS queue", name, missing);
			}
			throw ex;
		}
	}

}
