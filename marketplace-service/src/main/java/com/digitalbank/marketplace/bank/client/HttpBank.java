package com.digitalbank.marketplace.bank.client;

import java.math.BigDecimal;
import java.util.function.Supplier;

import com.digitalbank.marketplace.bank.AccountType;
import com.digitalbank.marketplace.bank.Bank;
import com.digitalbank.marketplace.bank.BankUnavailableException;
import com.digitalbank.marketplace.bank.PaymentOrder;
import com.digitalbank.marketplace.bank.PaymentResult;
import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Banking over HTTP, every call with the same rules: a few quick retries and a circuit
 * breaker (Resilience4j instance {@code banking}) around calls whose outcome is unknown,
 * and banking's answers turned into the marketplace's terms. A 4xx is a definite answer
 * and is never retried; a refused connection, a timeout, a 5xx or an open circuit is
 * {@link BankUnavailableException}: the caller decides what an unknown outcome means.
 * Retrying is safe because every call that changes something names its payment id.
 */
@Component
class HttpBank implements Bank {

	static final String INSTANCE = "banking";

	private final PaymentsApi payments;

	private final AccountsApi accounts;

	private final CircuitBreaker circuitBreaker;

	private final Retry retry;

	HttpBank(PaymentsApi payments, AccountsApi accounts, CircuitBreakerRegistry circuitBreakers,
			RetryRegistry retries) {
		this.payments = payments;
		this.accounts = accounts;
		this.circuitBreaker = circuitBreakers.circuitBreaker(INSTANCE);
		this.retry = retries.retry(INSTANCE);
	}

	@Override
	public PaymentResult pay(PaymentOrder order) {
		try {
			PaymentsApi.PaymentAnswer answer = call("pay",
					() -> payments.pay(new PaymentsApi.PaymentRequest(order.paymentId(), order.userId(),
							order.accountId(), order.amount(), order.currency(), order.description())));
			return new PaymentResult.Charged(answer.paymentId());
		}
		catch (Refusal refusal) {
			return new PaymentResult.Refused(refusal.code, refusal.getMessage());
		}
	}

	@Override
	public void voidPayment(String paymentId) {
		try {
			call("void", () -> payments.voidPayment(paymentId));
		}
		catch (Refusal refusal) {
			throw new IllegalStateException("Banking refused to void " + paymentId + ": " + refusal.code, refusal);
		}
	}

	@Override
	public boolean creditCashback(String paymentId, BigDecimal amount, String currency) {
		try {
			call("cashback", () -> payments.cashback(paymentId, new PaymentsApi.CashbackRequest(amount, currency)));
			return true;
		}
		catch (Refusal refusal) {
			if ("PAYMENT_REFUNDED".equals(refusal.code)) {
				return false;
			}
			throw new IllegalStateException("Banking refused the cashback of " + paymentId + ": " + refusal.code,
					refusal);
		}
	}

	@Override
	public AccountType accountType(String accountId) {
		AccountsApi.AccountAnswer account;
		try {
			account = call("account", () -> accounts.find(accountId));
		}
		catch (Refusal refusal) {
			if (refusal.status == 404) {
				throw new BusinessException(ErrorKind.NOT_FOUND, "ACCOUNT_NOT_FOUND",
						"Account " + accountId + " was not found.");
			}
			throw new BusinessException(ErrorKind.UNPROCESSABLE, "ACCOUNT_REFUSED",
					"Banking refused to show account " + accountId + " (" + refusal.code + ").");
		}
		catch (BankUnavailableException ex) {
			throw new BusinessException(ErrorKind.UNAVAILABLE, "BANKING_UNAVAILABLE",
					"Banking is not answering; try again in a moment.");
		}
		try {
			return AccountType.valueOf(account.type());
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new BusinessException(ErrorKind.UNPROCESSABLE, "ACCOUNT_NOT_PAYABLE",
					"Account " + accountId + " cannot pay for purchases.");
		}
	}

	private <T> T call(String what, Supplier<T> call) {
		Supplier<T> guarded = Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(circuitBreaker, () -> {
			try {
				return call.get();
			}
			catch (RestClientResponseException ex) {
				if (ex.getStatusCode().is4xxClientError()) {
					throw new Refusal(ex);
				}
				throw new BankUnavailableException("Banking answered " + ex.getStatusCode() + " to " + what, ex);
			}
			catch (RestClientException ex) {
				throw new BankUnavailableException("Banking did not answer " + what + ": " + ex.getMessage(), ex);
			}
		}));
		try {
			return guarded.get();
		}
		catch (CallNotPermittedException ex) {
			throw new BankUnavailableException("The circuit to banking is open; " + what + " was not called", ex);
		}
	}

	/** A definite 4xx answer: not retried, not counted against banking's health. */
	private static final class Refusal extends RuntimeException {

		private final int status;

		private final String code;

		Refusal(RestClientResponseException ex) {
			this(ex.getStatusCode().value(), problem(ex), ex.getStatusText());
		}

		private Refusal(int status, Problem problem, String statusText) {
			super(problem == null || problem.detail() == null ? statusText : problem.detail(), null, false, false);
			this.status = status;
			this.code = problem == null || problem.code() == null ? "HTTP_" + status : problem.code();
		}

		private static Problem problem(RestClientResponseException ex) {
			try {
				return ex.getResponseBodyAs(Problem.class);
			}
			catch (RuntimeException unreadable) {
				return null;
			}
		}

	}

	private record Problem(String code, String detail) {
	}

}
