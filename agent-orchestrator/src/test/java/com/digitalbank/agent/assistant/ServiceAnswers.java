package com.digitalbank.agent.assistant;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * The services' answers in their real contracts (banking's accounts, ledger and
 * transfers; crm's resolution and beneficiaries; the marketplace's products, quotes and
 * purchases).
 */
final class ServiceAnswers {

	static final String ACCOUNTS = """
			{"items": [
			  {"accountId": "acc-1001", "userId": "u", "type": "CHECKING", "currency": "MXN", "balance": 15000.00, "status": "ACTIVE",
			   "accountNumber": "4455663310"},
			  {"accountId": "acc-1002", "userId": "u", "type": "SAVINGS", "currency": "MXN", "balance": 5000.50, "status": "ACTIVE",
			   "accountNumber": "4455667720"}]}""";

	static final String TRANSACTIONS = """
			{"items": [
			  {"transactionId": "tx-2", "transferId": "t-2", "accountId": "acc-1001", "type": "DEBIT", "amount": 250.00,
			   "balanceAfter": 15000.00, "timestamp": "2026-11-29T10:00:00Z", "description": "Renta"},
			  {"transactionId": "tx-1", "transferId": "t-1", "accountId": "acc-1002", "type": "CREDIT", "amount": 1000.00,
			   "balanceAfter": 5000.50, "timestamp": "2026-11-28T10:00:00Z", "description": "Nómina"}],
			 "nextCursor": null}""";

	private ServiceAnswers() {
	}

	static void stubAll(WireMockServer stub) {
		stub.resetAll();
		stub.stubFor(get(urlEqualTo("/v1/accounts")).willReturn(okJson(ACCOUNTS)));
		stub.stubFor(get(urlPathEqualTo("/v1/transactions")).willReturn(okJson(TRANSACTIONS)));
		resolves(stub, "mama",
				"""
						{"match": "EXACT", "candidates": [{"beneficiaryId": "b-1", "name": "María López", "score": 1.0, "matchedAlias": "mamá"}]}""");
		resolves(stub, "mom",
				"""
						{"match": "CONFIDENT", "candidates": [{"beneficiaryId": "b-1", "name": "María López", "score": 0.9, "matchedAlias": "mamá"}]}""");
		resolves(stub, "hermano", """
				{"match": "AMBIGUOUS", "candidates": [
				  {"beneficiaryId": "b-2", "name": "Pedro López", "score": 0.7, "matchedAlias": "hermano"},
				  {"beneficiaryId": "b-4", "name": "Pablo López", "score": 0.7, "matchedAlias": "hermano"}]}""");
		resolves(stub, "tio", """
				{"match": "NONE", "candidates": []}""");
		resolves(stub, "primo",
				"""
						{"match": "CONFIDENT", "candidates": [{"beneficiaryId": "b-3", "name": "Luis Pérez", "score": 0.9, "matchedAlias": "primo"}]}""");
		stub.stubFor(get(urlEqualTo("/v1/beneficiaries/b-1")).willReturn(okJson("""
				{"beneficiaryId": "b-1", "name": "María López", "aliases": ["mamá"], "relationship": "MOTHER",
				 "clabe": null, "bank": "Digital Bank", "accountId": "acc-2001"}""")));
		stub.stubFor(get(urlEqualTo("/v1/beneficiaries/b-3")).willReturn(okJson("""
				{"beneficiaryId": "b-3", "name": "Luis Pérez", "aliases": ["primo"], "relationship": "OTHER",
				 "clabe": "002180700123456789", "bank": "BANAMEX", "accountId": null}""")));
		stub.stubFor(get(urlPathEqualTo("/v1/beneficiaries")).willReturn(okJson("""
				{"items": [
				  {"beneficiaryId": "b-1", "name": "María López", "aliases": ["mamá"], "relationship": "MOTHER",
				   "clabe": null, "bank": "Digital Bank", "accountId": "acc-2001"},
				  {"beneficiaryId": "b-3", "name": "Luis Pérez", "aliases": ["primo"], "relationship": "OTHER",
				   "clabe": "002180700123456789", "bank": "BANAMEX", "accountId": null}], "nextCursor": null}""")));
		stub.stubFor(post(urlEqualTo("/v1/transfers"))
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
					{"transferId": "t-9", "status": "COMPLETED", "fromAccountId": "acc-1001", "toAccountId": "acc-2001",
					 "amount": 500.00, "currency": "MXN", "createdAt": "2026-11-30T10:00:00Z"}""")));
		stub.stubFor(get(urlPathEqualTo("/v1/products")).willReturn(okJson("""
				{"items": [{"productId": "p-1", "retailerId": "r-1", "name": "Audífonos Bluetooth", "category": "audio",
				            "price": 899.00, "currency": "MXN", "stock": 12}], "nextCursor": null}""")));
		stub.stubFor(post(urlEqualTo("/v1/benefits/quote")).willReturn(okJson("""
				{"productId": "p-1", "quantity": 1, "unitPrice": 899.00, "total": 899.00, "currency": "MXN",
				 "accountId": "acc-1001", "accountType": "CHECKING", "options": [
				   {"type": "CASHBACK", "value": 44.95, "cashback": 44.95, "best": true},
				   {"type": "POINTS", "value": 8.90, "points": 89, "best": false}]}""")));
		stub.stubFor(post(urlEqualTo("/v1/purchases")).willReturn(aResponse().withStatus(202)
			.withHeader("Content-Type", "application/json")
			.withBody(
					"""
							{"purchaseId": "pu-1", "status": "PENDING", "productId": "p-1", "productName": "Audífonos Bluetooth",
							 "quantity": 1, "unitPrice": 899.00, "total": 899.00, "currency": "MXN", "accountId": "acc-1001"}""")));
	}

	private static void resolves(WireMockServer stub, String alias, String answer) {
		stub.stubFor(get(urlPathEqualTo("/v1/beneficiaries/resolve")).withQueryParam("alias", equalTo(alias))
			.willReturn(okJson(answer)));
	}

}
