package com.digitalbank.banking.payment.web;

import java.net.URI;

import com.digitalbank.banking.payment.Payment;
import com.digitalbank.banking.payment.PaymentCommand;
import com.digitalbank.banking.payment.PaymentManagement;
import com.digitalbank.platform.externalid.ExternalId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/payments")
@Tag(name = "Payments (marketplace saga)")
class PaymentController {

	private final PaymentManagement payments;

	PaymentController(PaymentManagement payments) {
		this.payments = payments;
	}

	@PostMapping
	@Operation(operationId = "createPayment", summary = "Charge a user's account for a purchase",
			description = "For services (scope payments:write) acting for the user named in the body, whose account it "
					+ "must be. Idempotent by paymentId: a repeat answers 200 with the original payment and moves no "
					+ "money; a voided paymentId is refused with 409 PAYMENT_VOIDED.")
	@ApiResponse(responseCode = "201", description = "Charged", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "200", description = "A repeat: the original payment", useReturnTypeSchema = true)
	ResponseEntity<PaymentResponse> pay(@Valid @RequestBody PaymentRequest request) {
		Payment payment = payments.pay(new PaymentCommand(request.paymentId(), request.userId(), request.accountId(),
				request.amount(), request.currency(), request.description()));
		if (payment.replayed()) {
			return ResponseEntity.ok(PaymentResponse.from(payment));
		}
		return ResponseEntity.created(URI.create("/v1/payments/" + payment.paymentId()))
			.body(PaymentResponse.from(payment));
	}

	@GetMapping("/{paymentId}")
	@Operation(operationId = "getPayment", summary = "A payment, or a payment id voided before it was charged",
			description = "How a caller that lost the answer to a payment learns its outcome.")
	PaymentResponse get(@PathVariable @ExternalId String paymentId) {
		return PaymentResponse.from(payments.find(paymentId));
	}

	@PostMapping("/{paymentId}/refund")
	@Operation(operationId = "refundPayment", summary = "Refund a payment, at most once",
			description = "A repeat answers the same refund. A cashback credited for the payment is taken back "
					+ "from the account it went to, once: a refunded payment keeps none.")
	PaymentResponse refund(@PathVariable @ExternalId String paymentId) {
		return PaymentResponse.from(payments.refund(paymentId));
	}

	@PostMapping("/{paymentId}/cashback")
	@Operation(operationId = "creditCashback", summary = "Credit a payment's cashback to the account it came from",
			description = "At most once per payment: a repeat answers the first credit. Errors: PAYMENT_NOT_FOUND, "
					+ "PAYMENT_REFUNDED (a refunded or voided payment earns none), CASHBACK_EXCEEDS_PAYMENT, "
					+ "CASHBACK_CONFLICT (another amount was credited).")
	CashbackResponse cashback(@PathVariable @ExternalId String paymentId, @Valid @RequestBody CashbackRequest request) {
		return CashbackResponse.from(payments.cashback(paymentId, request.amount(), request.currency()));
	}

	@PostMapping("/{paymentId}/void")
	@Operation(operationId = "voidPayment", summary = "Make sure a payment id never keeps money",
			description = "Idempotent. Records that the id can never be charged (a later payment with it is refused "
					+ "with 409 PAYMENT_VOIDED) and refunds it if it was charged: the way a saga compensates a "
					+ "payment whose outcome it does not know.")
	PaymentResponse voidPayment(@PathVariable @ExternalId String paymentId) {
		return PaymentResponse.from(payments.voidPayment(paymentId));
	}

}
