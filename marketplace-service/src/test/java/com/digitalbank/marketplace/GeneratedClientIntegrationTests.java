package com.digitalbank.marketplace;

import com.digitalbank.client.marketplace.ApiClient;
import com.digitalbank.client.marketplace.ApiException;
import com.digitalbank.client.marketplace.api.CatalogApi;
import com.digitalbank.client.marketplace.api.PurchasesApi;
import com.digitalbank.client.marketplace.model.ProductPageResponse;
import com.digitalbank.client.marketplace.model.ProductResponse;
import com.digitalbank.client.marketplace.model.PurchaseRequest;
import com.digitalbank.client.marketplace.model.PurchaseResponse;
import com.digitalbank.platform.test.TestTokens;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The Java client the build generates from the committed OpenAPI snapshot (see
 * {@link OpenApiSnapshotIntegrationTests}) searches the catalog over real HTTP, starts a
 * purchase, replays it under the same {@code Idempotency-Key}, reads it back and reads a
 * refusal as problem JSON.
 */
class GeneratedClientIntegrationTests extends MarketplaceIntegrationTest {

	@Test
	void searchesAndStartsAPurchaseThroughTheGeneratedClient() throws Exception {
		String user = newUser();
		String bearer = TestTokens.bearer(user, null);
		ApiClient client = new ApiClient().setScheme("http")
			.setHost("localhost")
			.setPort(port)
			.setBasePath("")
			.setRequestInterceptor((request) -> request.header("Authorization", bearer));
		CatalogApi catalog = new CatalogApi(client);
		PurchasesApi purchases = new PurchasesApi(client);
		PurchaseRequest request = new PurchaseRequest().productId("prd-electro-mx-01").quantity(1).accountId("acc-1");
		String key = "generated-" + user;

		ProductPageResponse found = catalog.listProducts(null, null, "audifonos", 5, null);
		ProductResponse product = catalog.getProduct("prd-electro-mx-01");
		PurchaseResponse started = purchases.createPurchase(request, key);
		PurchaseResponse replayed = purchases.createPurchase(request, key);
		PurchaseResponse read = purchases.getPurchase(started.getPurchaseId());
		ApiException tooMany = catchThrowableOfType(ApiException.class,
				() -> purchases.createPurchase(
						new PurchaseRequest().productId("prd-electro-mx-01").quantity(100).accountId("acc-1"),
						"generated-too-many-" + user));

		assertThat(found.getItems()).extracting(ProductResponse::getProductId).contains("prd-electro-mx-01");
		assertThat(product.getName()).isEqualTo("Audífonos inalámbricos");
		assertThat(started.getStatus()).isEqualTo(PurchaseResponse.StatusEnum.PENDING);
		assertThat(replayed.getPurchaseId()).isEqualTo(started.getPurchaseId());
		assertThat(read.getProductId()).isEqualTo("prd-electro-mx-01");
		assertThat(purchases.listPurchases(20, null).getItems()).extracting(PurchaseResponse::getPurchaseId)
			.containsExactly(started.getPurchaseId());
		assertThat(tooMany.getCode()).isEqualTo(422);
		assertThat(tooMany.getResponseBody()).contains("\"code\":\"OUT_OF_STOCK\"");
	}

}
