package com.digitalbank.banking.payment.web;

import java.math.BigDecimal;
import java.time.Instant;

import com.digitalbank.platform.test.PlatformWebMvcTest;
import com.digitalbank.banking.account.AccountId;
import com.digitalbank.banking.account.InsufficientFundsException;
import com.digitalbank.banking.payment.Payment;
import com.digitalbank.banking.payment.PaymentCommand;
import com.digitalbank.banking.payment.PaymentManagement;
import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.digitalbank.platform.test.Callers.user;
import static com.digitalbank.banking.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

@PlatformWebMvcTest(PaymentController.class)
class PaymentControllerTests {

	private static final String BODY = """
			{"paymentId":"purchase-42","userId":"user-1","accountId":"acc-1","amount":899.90,"currency":"MXN","description":"Audífonos"}""";

	private static final Instant PAID = Instant.parse("2026-11-23T10:00:00Z");

	private static final Instant REFUNDED = Instant.parse("2026-11-24T09:30:00Z");

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	PaymentManagement payments;

	@Test
	void aNewPaymentIsCreatedWithItsLocation() {
		given(payments
			.pay(new PaymentCommand("purchase-42", "user-1", "acc-1", new BigDecimal("899.90"), "MXN", "Audífonos")))
			.willReturn(payment(null, false));

		assertThat(post(BODY)).hasStatus(HttpStatus.CREATED)
			.hasHeader("Location", "/v1/payments/purchase-42")
			.bodyJson()
			.isStrictlyEqualTo("""
					{"paymentId":"purchase-42","status":"COMPLETED","accountId":"acc-1",
					 "settlementAccountId":"acc-merchant-settlement","amount":899.90,"currency":"MXN",
					 "description":"Audífonos","createdAt":"2026-11-23T10:00:00Z"}
					""");
	}

	@Test
	void aRepeatedPaymentAnswersTheOriginalWithOk() {
		given(payments.pay(any())).willReturn(payment(null, true));

		assertThat(post(BODY)).hasStatusOk()
			.doesNotContainHeader("Location")
			.bodyJson()
			.isLenientlyEqualTo("{\"paymentId\":\"purchase-42\",\"status\":\"COMPLETED\",\"amount\":899.90}");
	}

	@Test
	void refusesAnInvalidPaymentBeforeCharging() {
		MvcTestResult result = post(BODY.replace("purchase-42", "purchase 42/x").replace("899.90", "-1"));

		assertProblem(result, HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("paymentId", "amount");
		verifyNoInteractions(payments);
	}

	@Test
	void answersBusinessRefusalsAsProblems() {
		given(payments.pay(any())).willThrow(new InsufficientFundsException(new AccountId("acc-1")))
			.willThrow(new BusinessException(ErrorKind.CONFLICT, "PAYMENT_ID_CONFLICT", "Other details."));

		assertProblem(post(BODY), HttpStatus.UNPROCESSABLE_CONTENT, "INSUFFICIENT_FUNDS");
		assertProblem(post(BODY), HttpStatus.CONFLICT, "PAYMENT_ID_CONFLICT");
	}

	@Test
	void refusesAPaymentThatNamesNoUser() {
		MvcTestResult result = post(BODY.replace("\"userId\":\"user-1\",", ""));

		assertProblem(result, HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
		assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("userId");
		verifyNoInteractions(payments);
	}

	@Test
	void voidsAPaymentIdThatWasNeverCharged() {
		given(payments.voidPayment("purchase-42")).willReturn(Payment.voidedBeforeCharge("purchase-42", REFUNDED));

		assertThat(mvc.post().uri("/v1/payments/purchase-42/void").with(user("marketplace"))).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"paymentId":"purchase-42","status":"VOIDED","voidedAt":"2026-11-24T09:30:00Z"}
					""");
	}

	@Test
	void aLateRetryOfAVoidedPaymentIsAConflict() {
		given(payments.pay(any())).willThrow(new BusinessException(ErrorKind.CONFLICT, "PAYMENT_VOIDED", "Voided."));

		assertProblem(post(BODY), HttpStatus.CONFLICT, "PAYMENT_VOIDED");
	}

	@Test
	void refundsAPayment() {
		given(payments.refund("purchase-42")).willReturn(payment(REFUNDED, false));

		assertThat(mvc.post().uri("/v1/payments/purchase-42/refund").with(user("user-1"))).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{"paymentId":"purchase-42","status":"REFUNDED","refundedAt":"2026-11-24T09:30:00Z"}
					""");
	}

	@Test
	void anUnknownPaymentIsNotFound() {
		BusinessException notFound = new BusinessException(ErrorKind.NOT_FOUND, "PAYMENT_NOT_FOUND", "Not found.");
		given(payments.find("purchase-9")).willThrow(notFound);
		given(payments.refund("purchase-9")).willThrow(notFound);

		assertProblem(mvc.get().uri("/v1/payments/purchase-9").with(user("user-1")).exchange(), HttpStatus.NOT_FOUND,
				"PAYMENT_NOT_FOUND");
		assertProblem(mvc.post().uri("/v1/payments/purchase-9/refund").with(user("user-1")).exchange(),
				HttpStatus.NOT_FOUND, "PAYMENT_NOT_FOUND");
	}

	private MvcTestResult post(String body) {
		return mvc.post()
			.uri("/v1/payments")
			.with(user("user-1"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private static Payment payment(Instant refundedAt, boolean replayed) {
		return new Payment("purchase-42", "acc-1", "acc-merchant-settlement", new BigDecimal("899.90"), "MXN",
				"Audífonos", PAID, refundedAt, null, replayed);
	}

}
