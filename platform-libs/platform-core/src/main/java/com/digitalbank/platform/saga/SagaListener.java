package com.digitalbank.platform.saga;

import java.util.List;

import com.digitalbank.platform.messaging.BatchProcessor;
import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.listener.acknowledgement.BatchAcknowledgement;
import org.springframework.messaging.Message;

/**
 * Listens on the service's saga queue. A message whose handling fails (DynamoDB away) is
 * received again; one that finds nothing due is simply dropped.
 */
class SagaListener {

	private final BatchProcessor batchProcessor;

	private final SagaDriver driver;

	SagaListener(BatchProcessor batchProcessor, SagaDriver driver) {
		this.batchProcessor = batchProcessor;
		this.driver = driver;
	}

	@SqsListener(value = "${platform.saga.queue}", acknowledgementMode = "MANUAL", maxMessagesPerPoll = "10")
	void onBatch(List<Message<String>> batch, BatchAcknowledgement<String> acknowledgement) {
		batchProcessor.process(batch, acknowledgement, message -> {
			message.requireType(SagaDue.EVENT_TYPE);
			driver.advance(message.data(SagaDue.class).sagaId());
		});
	}

}
