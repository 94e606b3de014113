package com.digitalbank.marketplace.purchase.web;

import java.net.URI;

import com.digitalbank.marketplace.purchase.Purchase;
import com.digitalbank.marketplace.purchase.PurchaseId;
import com.digitalbank.marketplace.purchase.PurchasePage;
import com.digitalbank.marketplace.purchase.Purchases;
import com.digitalbank.platform.externalid.ExternalId;
import com.digitalbank.platform.idempotency.RecordsIdempotencyInTransaction;
import com.digitalbank.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(PurchaseController.PATH)
@Tag(name = "Purchases")
class PurchaseController {

	static final String PATH = "/v1/purchases";

	private final Purchases purchases;

	PurchaseController(Purchases purchases) {
		this.purchases = purchases;
	}

	/**
	 * The idempotency record commits with the purchase (see
	 * {@link RecordsIdempotencyInTransaction}); a replay is rendered by {@link #get}.
	 */
	@PostMapping
	@RecordsIdempotencyInTransaction(location = PATH + "/{id}", status = 202)
	@Operation(operationId = "createPurchase", summary = "Buy a product: answered at once, carried out by a saga",
			description = "Reserves the stock, pays from the caller's account through banking, then confirms; a "
					+ "refused or unanswered payment releases the stock and leaves no money taken. Follow it with "
					+ "GET /v1/purchases/{purchaseId} until CONFIRMED or FAILED; the buyer is e-mailed either way. "
					+ "Same Idempotency-Key and body: the first response is replayed. Errors: PRODUCT_NOT_FOUND, "
					+ "OUT_OF_STOCK, BENEFIT_NOT_AVAILABLE, ACCOUNT_NOT_FOUND, BANKING_UNAVAILABLE (a benefit "
					+ "needs the account's type).")
	@ApiResponse(responseCode = "202", description = "Accepted: PENDING", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "503",
			description = "BANKING_UNAVAILABLE: a benefit needs the account's type and banking did not answer; "
					+ "nothing was started, try again")
	ResponseEntity<PurchaseResponse> create(CurrentUser user,
			@Parameter(description = "Optional; new per purchase you intend to make") @RequestHeader(
					name = "Idempotency-Key", required = false) String idempotencyKey,
			@Valid @RequestBody PurchaseRequest request) {
		Purchase purchase = purchases.start(user.userId(), user.email(), request.order());
		return ResponseEntity.accepted()
			.location(URI.create(PATH + "/" + purchase.purchaseId()))
			.body(PurchaseResponse.from(purchase));
	}

	@GetMapping("/{purchaseId}")
	@Operation(operationId = "getPurchase", summary = "One of the caller's purchases, with its saga's steps",
			description = "Errors: PURCHASE_NOT_FOUND.")
	PurchaseResponse get(CurrentUser user, @PathVariable @ExternalId String purchaseId) {
		return PurchaseResponse.from(purchases.find(user.userId(), new PurchaseId(purchaseId)));
	}

	@GetMapping
	@Operation(operationId = "listPurchases", summary = "The caller's purchases, newest first")
	PurchasePageResponse list(CurrentUser user,
			@RequestParam(defaultValue = "20") @Min(1) @Max(PurchasePage.MAX_LIMIT) int limit,
			@Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor) {
		return PurchasePageResponse.from(purchases.page(user.userId(), limit, cursor));
	}

}
