package com.digitalbank.banking.payment;

import java.util.Optional;

import com.digitalbank.banking.account.AccountId;
import com.digitalbank.banking.transfer.Transfer;
import com.digitalbank.banking.transfer.TransferCommand;
import com.digitalbank.banking.transfer.TransferId;
import com.digitalbank.banking.transfer.TransferManagement;
import com.digitalbank.banking.transfer.TransferRejectedException;
import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;
import org.springframework.stereotype.Service;

/**
 * Payments are transfers with ids derived from the saga's {@code paymentId}: the transfer
 * record is written on the condition that it does not exist, so a duplicate request,
 * however concurrent, moves money once. The refund works the same way with its own
 * derived id.
 */
@Service
public class PaymentManagement {

	private final TransferManagement transfers;

	private final PaymentProperties properties;

	PaymentManagement(TransferManagement transfers, PaymentProperties properties) {
		this.transfers = transfers;
		this.properties = properties;
	}

	public Payment pay(PaymentCommand command) {
		TransferId transferId = Payment.paymentTransfer(command.paymentId());
		Optional<Transfer> existing = transfers.lookup(transferId);
		if (existing.isPresent()) {
			return replay(command, existing.get());
		}
		try {
			Transfer payment = transfers.transfer(TransferCommand.payment(transferId, command.userId(),
					new AccountId(command.accountId()), new AccountId(properties.settlementAccountId()),
					command.amount(), command.currency(), command.description()));
			return Payment.of(payment, null, false);
		}
		catch (TransferRejectedException.DuplicateTransfer raced) {
			return replay(command, transfers.lookup(transferId).orElseThrow());
		}
	}

	public Payment refund(String userId, String paymentId) {
		Transfer payment = ownPayment(userId, paymentId);
		TransferId refundId = Payment.refundTransfer(paymentId);
		Optional<Transfer> refunded = transfers.lookup(refundId);
		if (refunded.isPresent()) {
			return Payment.of(payment, refunded.get(), true);
		}
		try {
			Transfer refund = transfers.transfer(TransferCommand.refund(refundId, userId, payment.to(), payment.from(),
					payment.amount(), payment.currency(), "Refund of payment " + paymentId));
			return Payment.of(payment, refund, false);
		}
		catch (TransferRejectedException.DuplicateTransfer raced) {
			return Payment.of(payment, transfers.lookup(refundId).orElseThrow(), true);
		}
	}

	public Payment find(String userId, String paymentId) {
		Transfer payment = ownPayment(userId, paymentId);
		return Payment.of(payment, transfers.lookup(Payment.refundTransfer(paymentId)).orElse(null), false);
	}

	private Transfer ownPayment(String userId, String paymentId) {
		return transfers.lookup(Payment.paymentTransfer(paymentId))
			.filter(payment -> payment.userId().equals(userId))
			.orElseThrow(() -> new BusinessException(ErrorKind.NOT_FOUND, "PAYMENT_NOT_FOUND",
					"Payment " + paymentId + " was not found."));
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
		return Payment.of(existing, transfers.lookup(Payment.refundTransfer(command.paymentId())).orElse(null), true);
	}

}
