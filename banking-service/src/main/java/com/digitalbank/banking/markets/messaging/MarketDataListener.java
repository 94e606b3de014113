package com.digitalbank.banking.markets.messaging;

import java.util.List;

import com.digitalbank.banking.markets.MarketAlertProcessing;
import com.digitalbank.platform.messaging.BatchProcessor;
import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.listener.acknowledgement.BatchAcknowledgement;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Reads batches of ticks; a malformed tick fails alone and reaches the DLQ after its last
 * receive.
 */
@Component
class MarketDataListener {

	private final BatchProcessor batchProcessor;

	private final MarketAlertProcessing processing;

	MarketDataListener(BatchProcessor batchProcessor, MarketAlertProcessing processing) {
		this.batchProcessor = batchProcessor;
		this.processing = processing;
	}

	@SqsListener(value = "${banking.markets.data-queue}", acknowledgementMode = "MANUAL", maxMessagesPerPoll = "10")
	void onBatch(List<Message<String>> batch, BatchAcknowledgement<String> acknowledgement) {
		batchProcessor.process(batch, acknowledgement,
				message -> processing.process(message.bodyAs(TickMessage.class).toTick(message.messageId())));
	}

}
