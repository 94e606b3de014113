package com.digitalbank.marketplace.purchase;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.digitalbank.marketplace.bank.Bank;
import com.digitalbank.marketplace.bank.PaymentOrder;
import com.digitalbank.marketplace.bank.PaymentResult;
import com.digitalbank.marketplace.catalog.ProductId;
import com.digitalbank.marketplace.purchase.persistence.PurchaseStore;
import com.digitalbank.platform.messaging.OutgoingEvent;
import com.digitalbank.platform.saga.SagaDefinition;
import com.digitalbank.platform.saga.SagaState;
import com.digitalbank.platform.saga.SagaStatus;
import com.digitalbank.platform.saga.SagaStep;
import com.digitalbank.platform.saga.SagaTransition;
import com.digitalbank.platform.saga.SagaWrites;
import com.digitalbank.platform.saga.StepRecord;
import com.digitalbank.platform.saga.StepResult;
import com.digitalbank.platform.saga.StepStatus;
import org.springframework.stereotype.Component;

/**
 * The purchase saga: reserve stock → pay through banking (the pivot) → confirm → credit
 * cashback. A refused or unanswered payment compensates backwards: the payment id is
 * voided at banking (so a late retry can never take the money, and a charge that did land
 * is refunded), then the stock is released. After the payment there is no way back:
 * confirm and cashback are retried until they succeed. Every change of the saga writes
 * the purchase's status and the event announcing it in the same transaction.
 */
@Component
class PurchaseSaga implements SagaDefinition<PurchaseSaga.Data> {

	static final String TYPE = "purchase";

	static final String RESERVE = "reserve";

	static final String PAY = "pay";

	static final String CONFIRM = "confirm";

	static final String CASHBACK = "cashback";

	private final Reservations reservations;

	private final Bank bank;

	private final PurchaseStore purchases;

	private final PurchaseProperties properties;

	PurchaseSaga(Reservations reservations, Bank bank, PurchaseStore purchases, PurchaseProperties properties) {
		this.reservations = reservations;
		this.bank = bank;
		this.purchases = purchases;
		this.properties = properties;
	}

	/**
	 * What the saga carries.
	 *
	 * @param cashback the amount to credit once confirmed; null for none
	 */
	record Data(String purchaseId, String userId, String productId, int quantity, BigDecimal total, String currency,
			String accountId, String description, BigDecimal cashback) {

		static Data of(Purchase purchase) {
			BigDecimal cashback = purchase.benefit() == null ? null : purchase.benefit().cashback();
			return new Data(purchase.purchaseId().value(), purchase.userId(), purchase.productId().value(),
					purchase.quantity(), purchase.total(), purchase.currency(), purchase.accountId(),
					purchase.description(), cashback);
		}

		PurchaseId id() {
			return new PurchaseId(purchaseId);
		}

	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public Class<Data> dataType() {
		return Data.class;
	}

	@Override
	public List<SagaStep<Data>> steps() {
		return List.of(
				SagaStep.of(RESERVE,
						step -> reservations.reserve(step.data().id(), new ProductId(step.data().productId()),
								step.data().quantity()),
						step -> reservations.release(step.data().id(), new ProductId(step.data().productId()),
								step.data().quantity())),
				SagaStep.of(PAY, step -> pay(step.data()), step -> bank.voidPayment(step.data().purchaseId())),
				SagaStep.of(CONFIRM, step -> StepResult.done("confirmed")),
				SagaStep.of(CASHBACK, step -> creditCashback(step.data())));
	}

	@Override
	public int pivot() {
		return 1;
	}

	private StepResult pay(Data data) {
		PaymentResult result = bank.pay(new PaymentOrder(data.purchaseId(), data.userId(), data.accountId(),
				data.total(), data.currency(), data.description()));
		return switch (result) {
			case PaymentResult.Charged charged -> StepResult.done("charged");
			case PaymentResult.Refused refused -> StepResult.refused(refused.code());
		};
	}

	private StepResult creditCashback(Data data) {
		if (data.cashback() == null || data.cashback().signum() == 0) {
			return StepResult.done("no cashback");
		}
		return bank.creditCashback(data.purchaseId(), data.cashback(), data.currency())
				? StepResult.done("credited " + data.cashback()) : StepResult.done("not credited: payment refunded");
	}

	@Override
	public void onTransition(SagaTransition<Data> transition, SagaWrites writes) {
		Data data = transition.data();
		SagaState next = transition.next();
		Instant at = next.updatedAt();
		if (transition.begins()) {
			announce(writes, PurchaseEvent.STARTED, data, PurchaseStatus.PENDING, null, at);
			return;
		}
		for (int i = 0; i < next.steps().size(); i++) {
			StepRecord step = next.steps().get(i);
			StepStatus before = i < transition.previous().steps().size() ? transition.previous().steps().get(i).status()
					: null;
			if (step.status() != before) {
				onStep(step, data, writes, at);
			}
		}
		if (transition.statusChanged()) {
			onStatus(next, data, writes, at);
		}
	}

	private void onStep(StepRecord step, Data data, SagaWrites writes, Instant at) {
		String change = step.name() + ":" + step.status();
		switch (change) {
			case RESERVE + ":DONE" ->
				announce(writes, PurchaseEvent.INVENTORY_RESERVED, data, PurchaseStatus.PENDING, null, at);
			case PAY + ":DONE" ->
				announce(writes, PurchaseEvent.PAYMENT_COMPLETED, data, PurchaseStatus.PENDING, null, at);
			case PAY + ":REFUSED" ->
				announce(writes, PurchaseEvent.PAYMENT_FAILED, data, PurchaseStatus.PENDING, step.detail(), at);
			case CONFIRM + ":DONE" -> {
				purchases.addStatus(writes.transaction(), data.id(), PurchaseStatus.CONFIRMED, null, at);
				announce(writes, PurchaseEvent.CONFIRMED, data, PurchaseStatus.CONFIRMED, null, at);
				notifyBuyer(writes, PurchaseEvent.CONFIRMED, data, PurchaseStatus.CONFIRMED, null, at);
			}
			case CASHBACK + ":DONE" -> {
				if (step.detail() != null && step.detail().startsWith("credited")) {
					announce(writes, PurchaseEvent.CASHBACK_CREDITED, data, PurchaseStatus.CONFIRMED, null, at);
				}
			}
			case PAY + ":COMPENSATED" ->
				announce(writes, PurchaseEvent.PAYMENT_VOIDED, data, PurchaseStatus.PENDING, null, at);
			case RESERVE + ":COMPENSATED" ->
				announce(writes, PurchaseEvent.INVENTORY_RELEASED, data, PurchaseStatus.PENDING, null, at);
			default -> {
				// Started, retried or being compensated: nothing to announce yet.
			}
		}
	}

	private void onStatus(SagaState next, Data data, SagaWrites writes, Instant at) {
		String reason = next.failureReason();
		if (next.status() == SagaStatus.COMPENSATING) {
			StepRecord pay = next.steps().size() > 1 ? next.steps().get(1) : null;
			if (pay != null && pay.status() == StepStatus.STARTED) {
				// Banking never answered: the payment failed as far as the buyer is
				// concerned.
				announce(writes, PurchaseEvent.PAYMENT_FAILED, data, PurchaseStatus.PENDING, reason, at);
			}
			announce(writes, PurchaseEvent.COMPENSATION_REQUIRED, data, PurchaseStatus.PENDING, reason, at);
		}
		else if (next.status() == SagaStatus.FAILED) {
			purchases.addStatus(writes.transaction(), data.id(), PurchaseStatus.FAILED, reason, at);
			announce(writes, PurchaseEvent.FAILED, data, PurchaseStatus.FAILED, reason, at);
			notifyBuyer(writes, PurchaseEvent.FAILED, data, PurchaseStatus.FAILED, reason, at);
		}
	}

	private void announce(SagaWrites writes, String type, Data data, PurchaseStatus status, String reason, Instant at) {
		writes.event(properties.eventsQueue(), event(type, data, status, reason, at));
	}

	/**
	 * The buyer's e-mail is sent from its own queue, so a mail server away delays nothing
	 * here.
	 */
	private void notifyBuyer(SagaWrites writes, String type, Data data, PurchaseStatus status, String reason,
			Instant at) {
		writes.event(properties.notificationsQueue(), event(type, data, status, reason, at));
	}

	private static OutgoingEvent event(String type, Data data, PurchaseStatus status, String reason, Instant at) {
		return OutgoingEvent.of(type, PurchaseEvent.of(data, status, reason, at))
			.forUser(data.userId())
			.inGroup(data.purchaseId());
	}

}
