package com.digitalbank.banking.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import com.digitalbank.banking.account.AccountId;
import com.digitalbank.banking.payment.persistence.PaymentVoids;
import com.digitalbank.banking.transfer.Transfer;
import com.digitalbank.banking.transfer.TransferCommand;
import com.digitalbank.banking.transfer.TransferId;
import com.digitalbank.banking.transfer.TransferManagement;
import com.digitalbank.banking.transfer.TransferRejectedException;
import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Payments are transfers with ids derived from the saga's {@code paymentId}: the transfer
 * record is written on the condition that it does not exist, so a duplicate request,
 * however concurrent, moves money once. The refund works the same way with its own
 * derived id.
 * <p>
 * A void records that a payment id must never be charged. Charging and voiding race
 * without a shared transaction, so each writes first and then reads the other's item,
 * both strongly consistent: at least one of them sees the other, and refunds. A voided id
 * therefore never keeps money, and a late retry of it is refused with
 * {@code PAYMENT_VOIDED}.
 * <p>
 * A refunded payment keeps no cashback either. A cashback asked for after the refund is
 * refused; one credited before it, or racing it, is taken back once both exist. The
 * refund and the cashback race the same way as a charge and its void: each writes, then
 * reads the other, so at least one of them sees both and takes the cashback back, under
 * an id derived from the payment's, once.
 */
@Service
public class PaymentManagement {

	private static final Logger log = LoggerFactory.getLogger(PaymentManagement.class);

	private final TransferManagement transfers;

	private final PaymentVoids voids;

	private final PaymentProperties properties;

	private final Clock clock;

	PaymentManagement(TransferManagement transfers, PaymentVoids voids, PaymentProperties properties, Clock clock) {
		this.transfers = transfers;
		this.voids = voids;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Charges the user's account; the account must be the user's
	 * ({@code ACCOUNT_NOT_FOUND}).
	 */
	public Payment pay(PaymentCommand command) {
		String paymentId = command.paymentId();
		refuseIfVoided(paymentId);
		TransferId transferId = Payment.paymentTransfer(paymentId);
		Optional<Transfer> existing = transfers.lookup(transferId);
		if (existing.isPresent()) {
			return replay(command, existing.get());
		}
		Transfer payment;
		try {
			payment = transfers.transfer(TransferCommand.payment(transferId, command.userId(),
					new AccountId(command.accountId()), new AccountId(properties.settlementAccountId()),
					command.amount(), command.currency(), command.description()));
		}
		catch (TransferRejectedException.DuplicateTransfer raced) {
			return replay(command, transfers.lookup(transferId).orElseThrow());
		}
		// A void recorded while this charge ran: this read or the void's sees the other.
		refuseIfVoided(paymentId);
		return Payment.of(payment, null, null, false);
	}

	public Payment refund(String paymentId) {
		Transfer payment = charged(paymentId).orElseThrow(() -> notFound(paymentId));
		return Payment.of(payment, refundOnce(payment, paymentId), voids.voidedAt(paymentId).orElse(null), false);
	}

	/**
	 * Makes sure the payment id never keeps money: recorded as void, and refunded if it
	 * was charged. Idempotent.
	 */
	public Payment voidPayment(String paymentId) {
		Instant voidedAt = voids.voidId(paymentId, clock.instant());
		return charged(paymentId).map(payment -> Payment.of(payment, refundOnce(payment, paymentId), voidedAt, false))
			.orElseGet(() -> Payment.voidedBeforeCharge(paymentId, voidedAt));
	}

	/**
	 * Credits a reward for a payment to the account it came from, at most once per
	 * payment: a repeat answers the first credit. A payment refunded or voided earns none
	 * ({@code PAYMENT_REFUNDED}, also when a refund raced this credit and the credit was
	 * taken back), and a reward is never more than the payment.
	 */
	public Cashback cashback(String paymentId, BigDecimal amount, String currency) {
		Transfer payment = charged(paymentId).orElseThrow(() -> notFound(paymentId));
		TransferId creditId = Payment.cashbackTransfer(paymentId);
		Optional<Transfer> credited = transfers.lookup(creditId);
		if (credited.isEmpty()) {
			if (voids.voidedAt(paymentId).isPresent()
					|| transfers.lookup(Payment.refundTransfer(paymentId)).isPresent()) {
				throw new BusinessException(ErrorKind.CONFLICT, "PAYMENT_REFUNDED",
						"Payment " + paymentId + " was refunded and earns no cashback.");
			}
			if (amount.compareTo(payment.amount()) > 0 || !currency.equals(payment.currency())) {
				throw new BusinessException(ErrorKind.UNPROCESSABLE, "CASHBACK_EXCEEDS_PAYMENT",
						"A cashback is at most the payment's amount, in its currency.");
			}
			try {
				credited = Optional.of(transfers.transfer(TransferCommand.cashback(creditId, payment.userId(),
						payment.to(), payment.from(), amount, currency, "Cashback of payment " + paymentId)));
			}
			catch (TransferRejectedException.DuplicateTransfer raced) {
				credited = transfers.lookup(creditId);
			}
		}
		Transfer credit = credited.orElseThrow();
		if (credit.amount().compareTo(amount) != 0) {
			throw new BusinessException(ErrorKind.CONFLICT, "CASHBACK_CONFLICT",
					"Payment " + paymentId + " already earned a cashback of another amount.");
		}
		// Read after the credit was written: a refund racing it shows here, or the refund
		// sees the credit.
		if (transfers.lookup(Payment.refundTransfer(paymentId)).isPresent()
				&& takeBack(payment.userId(), paymentId, credit)) {
			throw new BusinessException(ErrorKind.CONFLICT, "PAYMENT_REFUNDED",
					"Payment " + paymentId + " was refunded and earns no cashback.");
		}
		return new Cashback(paymentId, credit.to().value(), credit.amount(), credit.currency(), credit.createdAt());
	}

	public Payment find(String paymentId) {
		Optional<Instant> voidedAt = voids.voidedAt(paymentId);
		Optional<Transfer> payment = charged(paymentId);
		if (payment.isPresent()) {
			return Payment.of(payment.get(), transfers.lookup(Payment.refundTransfer(paymentId)).orElse(null),
					voidedAt.orElse(null), false);
		}
		return voidedAt.map(at -> Payment.voidedBeforeCharge(paymentId, at)).orElseThrow(() -> notFound(paymentId));
	}

	private Optional<Transfer> charged(String paymentId) {
		return transfers.lookup(Payment.paymentTransfer(paymentId));
	}

	private void refuseIfVoided(String paymentId) {
		if (voids.voidedAt(paymentId).isPresent()) {
			charged(paymentId).ifPresent(payment -> refundOnce(payment, paymentId));
			throw new BusinessException(ErrorKind.CONFLICT, "PAYMENT_VOIDED",
					"Payment " + paymentId + " was voided and can never be charged.");
		}
	}

	/**
	 * The payment's refund, made once; and its cashback taken back, also when a repeat
	 * finds the refund made (a crash may have come between the two).
	 */
	private Transfer refundOnce(Transfer payment, String paymentId) {
		Transfer refund = refundTransfer(payment, paymentId);
		// Read after the refund was written: a cashback racing it shows here, or the
		// cashback sees the refund.
		transfers.lookup(Payment.cashbackTransfer(paymentId))
			.ifPresent(credit -> takeBack(payment.userId(), paymentId, credit));
		return refund;
	}

	private Transfer refundTransfer(Transfer payment, String paymentId) {
		TransferId refundId = Payment.refundTransfer(paymentId);
		Optional<Transfer> refunded = transfers.lookup(refundId);
		if (refunded.isPresent()) {
			return refunded.get();
		}
		try {
			return transfers.transfer(TransferCommand.refund(refundId, payment.userId(), payment.to(), payment.from(),
					payment.amount(), payment.currency(), "Refund of payment " + paymentId));
		}
		catch (TransferRejectedException.DuplicateTransfer raced) {
			return transfers.lookup(refundId).orElseThrow();
		}
	}

	/**
	 * Takes a refunded payment's cashback back, once; true when it is (or was already)
	 * taken back. If the account no longer holds the cashback, the refund still stands:
	 * the failure is logged for an operator, and the next refund, void or cashback call
	 * for the payment tries again.
	 */
	private boolean takeBack(String userId, String paymentId, Transfer credit) {
		TransferId reversalId = Payment.cashbackReversalTransfer(paymentId);
		if (transfers.lookup(reversalId).isPresent()) {
			return true;
		}
		try {
			transfers.transfer(TransferCommand.cashbackReversal(reversalId, userId, credit.to(), credit.from(),
					credit.amount(), credit.currency(), "Cashback of payment " + paymentId + " taken back (refunded)"));
			return true;
		}
		catch (TransferRejectedException.DuplicateTransfer raced) {
			return true;
		}
		catch (BusinessException refused) {
			log.error("The cashback of refunded payment {} could not be taken back from account {}: {}", paymentId,
					credit.to().value(), refused.getMessage());
			return false;
		}
	}

	private static BusinessException notFound(String paymentId) {
		return new BusinessException(ErrorKind.NOT_FOUND, "PAYMENT_NOT_FOUND",
				"Payment " + paymentId + " was not found.");
	}

	/**
	 * The same paymentId must mean the same payment; anything else is a saga bug worth a
	 * 409.
	 */
	private Payment replay(PaymentCommand command, Transfer existing) {
		boolean same = existing.userId().equals(command.userId()) && existing.from().value().equals(command.accountId())
				&& existing.amount().compareTo(command.amount()) == 0 && existing.currency().equals(command.currency());
		if (!same) {
			throw new BusinessException(ErrorKind.CONFLICT, "PAYMENT_ID_CONFLICT",
					"Payment " + command.paymentId() + " already exists with different details.");
		}
		return Payment.of(existing, transfers.lookup(Payment.refundTransfer(command.paymentId())).orElse(null), null,
				true);
	}

}
