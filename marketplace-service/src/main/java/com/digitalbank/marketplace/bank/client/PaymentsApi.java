package com.digitalbank.marketplace.bank.client;

import java.math.BigDecimal;

import org.springframework.security.oauth2.client.annotation.ClientRegistrationId;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * Banking's payments, called as the marketplace itself (client credentials, scope
 * {@code payments:write}), naming the buyer in the body.
 */
@HttpExchange(url = "/v1/payments", accept = "application/json", contentType = "application/json")
@ClientRegistrationId(PaymentsApi.REGISTRATION)
public interface PaymentsApi {

	String REGISTRATION = "marketplace";

	@PostExchange
	PaymentAnswer pay(@RequestBody PaymentRequest request);

	@GetExchange("/{paymentId}")
	PaymentAnswer find(@PathVariable String paymentId);

	@PostExchange("/{paymentId}/void")
	PaymentAnswer voidPayment(@PathVariable String paymentId);

	@PostExchange("/{paymentId}/cashback")
	CashbackAnswer cashback(@PathVariable String paymentId, @RequestBody CashbackRequest request);

	record PaymentRequest(String paymentId, String userId, String accountId, BigDecimal amount, String currency,
			String description) {
	}

	record PaymentAnswer(String paymentId, String status) {
	}

	record CashbackRequest(BigDecimal amount, String currency) {
	}

	record CashbackAnswer(String paymentId, String accountId, BigDecimal amount) {
	}

}
