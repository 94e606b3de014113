package com.digitalbank.marketplace.purchase;

import java.time.Clock;
import java.util.List;

import com.digitalbank.marketplace.purchase.persistence.PurchaseStore;
import com.digitalbank.platform.dynamodb.TransactionCancelledException;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import com.digitalbank.platform.dynamodb.WriteTransactions;
import com.digitalbank.platform.messaging.OutgoingEvent;
import com.digitalbank.platform.outbox.Outbox;
import com.digitalbank.platform.outbox.OutboxRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Tells the buyer how a purchase ended, by e-mail, then records that it did with a
 * {@code USER_NOTIFIED} event, in one transaction that succeeds once. A crash between the
 * e-mail and that record sends the e-mail again on redelivery: a buyer may, rarely, get
 * it twice, never not at all.
 */
@Component
public class BuyerNotifications {

	private static final Logger log = LoggerFactory.getLogger(BuyerNotifications.class);

	private static final Object NOTIFIED = "notified";

	private final PurchaseStore store;

	private final JavaMailSender mail;

	private final WriteTransactions transactions;

	private final Outbox outbox;

	private final PurchaseProperties properties;

	private final Clock clock;

	BuyerNotifications(PurchaseStore store, JavaMailSender mail, WriteTransactions transactions, Outbox outbox,
			PurchaseProperties properties, Clock clock) {
		this.store = store;
		this.mail = mail;
		this.transactions = transactions;
		this.outbox = outbox;
		this.properties = properties;
		this.clock = clock;
	}

	public void notifyBuyer(PurchaseId id) {
		Purchase purchase = store.find(id).orElseThrow(() -> new PurchaseNotFoundException(id));
		if (purchase.notifiedAt() != null || !purchase.ended()) {
			return;
		}
		if (purchase.email() != null) {
			mail.send(message(purchase));
		}
		else {
			log.warn("Purchase {} ended {} but its buyer has no e-mail address", id, purchase.status());
		}
		WriteTransaction transaction = new WriteTransaction();
		store.addNotified(transaction, id, clock.instant(), NOTIFIED);
		OutboxRecord record = outbox.addTo(transaction,
				List.of(outbox.prepare(properties.eventsQueue(),
						OutgoingEvent.of(PurchaseEvent.USER_NOTIFIED, notified(purchase))
							.forUser(purchase.userId())
							.inGroup(id.value()))),
				null);
		try {
			transactions.commit(transaction);
		}
		catch (TransactionCancelledException ex) {
			if (ex.conditionFailed(NOTIFIED)) {
				return;
			}
			throw ex;
		}
		outbox.sendCommitted(record);
	}

	private SimpleMailMessage message(Purchase purchase) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(properties.mailFrom());
		message.setTo(purchase.email());
		boolean confirmed = purchase.status() == PurchaseStatus.CONFIRMED;
		message.setSubject((confirmed ? "Your purchase is confirmed: " : "Your purchase could not be completed: ")
				+ purchase.productName());
		StringBuilder text = new StringBuilder().append(purchase.description())
			.append(" for ")
			.append(purchase.total())
			.append(' ')
			.append(purchase.currency())
			.append(".\n\n");
		if (confirmed) {
			text.append("It is paid and on its way. Purchase ").append(purchase.purchaseId()).append('.');
		}
		else {
			text.append("It did not go through (")
				.append(purchase.failureReason())
				.append("). No money was taken, and the units were returned to stock. Purchase ")
				.append(purchase.purchaseId())
				.append('.');
		}
		message.setText(text.toString());
		return message;
	}

	private static PurchaseEvent notified(Purchase purchase) {
		return new PurchaseEvent(purchase.purchaseId().value(), purchase.userId(), purchase.productId().value(),
				purchase.quantity(), purchase.total(), purchase.currency(), purchase.accountId(),
				purchase.status().name(), purchase.failureReason(), purchase.updatedAt());
	}

}
