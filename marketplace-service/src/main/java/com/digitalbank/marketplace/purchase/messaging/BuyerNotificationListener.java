package com.digitalbank.marketplace.purchase.messaging;

import java.util.List;

import com.digitalbank.marketplace.purchase.BuyerNotifications;
import com.digitalbank.marketplace.purchase.PurchaseEvent;
import com.digitalbank.marketplace.purchase.PurchaseId;
import com.digitalbank.platform.messaging.BatchProcessor;
import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.listener.acknowledgement.BatchAcknowledgement;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/** E-mails the buyer of every purchase that ended, confirmed or failed. */
@Component
class BuyerNotificationListener {

	private final BatchProcessor batchProcessor;

	private final BuyerNotifications notifications;

	BuyerNotificationListener(BatchProcessor batchProcessor, BuyerNotifications notifications) {
		this.batchProcessor = batchProcessor;
		this.notifications = notifications;
	}

	@SqsListener(value = "${marketplace.purchases.notifications-queue:marketplace-notifications}",
			acknowledgementMode = "MANUAL", maxMessagesPerPoll = "10")
	void onBatch(List<Message<String>> batch, BatchAcknowledgement<String> acknowledgement) {
		batchProcessor.process(batch, acknowledgement, message -> {
			message.requireType(PurchaseEvent.CONFIRMED, PurchaseEvent.FAILED);
			notifications.notifyBuyer(new PurchaseId(message.data(PurchaseEvent.class).purchaseId()));
		});
	}

}
