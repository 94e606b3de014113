package com.digitalbank.agent.assistant.client;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * marketplace-service's catalog, benefits and purchases, as far as the assistant uses
 * them.
 */
@HttpExchange(url = "/v1", accept = "application/json")
interface MarketplaceApi {

	@GetExchange("/products")
	ProductPage products(@RequestParam String q, @RequestParam int limit);

	@PostExchange("/benefits/quote")
	QuoteAnswer quote(@RequestBody QuoteRequest request);

	@GetExchange("/purchases/{purchaseId}")
	PurchaseAnswer purchase(@PathVariable String purchaseId);

	@GetExchange("/purchases")
	PurchasePage purchases(@RequestParam int limit);

	@PostExchange("/purchases")
	PurchaseAnswer buy(@RequestHeader("Idempotency-Key") String idempotencyKey, @RequestBody PurchaseRequest request);

	record ProductPage(List<ProductAnswer> items, String nextCursor) {
	}

	record ProductAnswer(String productId, String retailerId, String name, String category, BigDecimal price,
			String currency, int stock) {
	}

	record QuoteRequest(String productId, int quantity, String accountId) {
	}

	record QuoteAnswer(String productId, int quantity, BigDecimal total, String currency, List<OptionAnswer> options) {
	}

	record OptionAnswer(String type, BigDecimal cashback, Integer points, Integer months, BigDecimal monthlyPayment,
			boolean best) {
	}

	record PurchaseRequest(String productId, int quantity, String accountId) {
	}

	record PurchaseAnswer(String purchaseId, String status, String failureReason, String productId, String productName,
			int quantity, BigDecimal total, String currency) {
	}

	record PurchasePage(List<PurchaseAnswer> items, String nextCursor) {
	}

}
