package com.digitalbank.marketplace.catalog;

import java.util.ArrayList;
import java.util.List;

import com.digitalbank.marketplace.MarketplaceIntegrationTest;
import com.digitalbank.marketplace.demo.DemoCatalog;
import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogIntegrationTests extends MarketplaceIntegrationTest {

	@Test
	void listsRetailersWithTheirBenefitRules() {
		ApiResponse retailers = api(newUser()).get("/v1/retailers");

		assertThat(retailers.status()).isEqualTo(200);
		assertThat(retailers.<List<String>>json("$[*].retailerId"))
			.containsAll(DemoCatalog.retailers().stream().map(retailer -> retailer.retailerId().value()).toList());
		ApiResponse electro = api(newUser()).get("/v1/retailers/ret-electro-mx");
		assertThat(electro.<Double>json("$.cashbackPercent")).isEqualTo(5.0);
		assertThat(electro.<List<Integer>>json("$.monthsWithoutInterest[*].months")).containsExactly(3, 6, 9, 12);
		assertProblem(api(newUser()).get("/v1/retailers/ret-nowhere"), 404, "RETAILER_NOT_FOUND");
	}

	@Test
	void pagesThroughEveryProductOnceWithACursor() {
		List<String> seen = new ArrayList<>();
		String cursor = null;
		do {
			ApiResponse page = api(newUser()).get("/v1/products?limit=7" + (cursor == null ? "" : "&cursor=" + cursor));
			assertThat(page.status()).as(page.body()).isEqualTo(200);
			List<String> ids = page.json("$.items[*].productId");
			assertThat(ids).hasSizeLessThanOrEqualTo(7);
			seen.addAll(ids);
			cursor = page.json("$.nextCursor");
		}
		while (cursor != null);

		assertThat(seen).doesNotHaveDuplicates()
			.containsAll(DemoCatalog.products().stream().map(product -> product.productId().value()).toList());
	}

	@Test
	void filtersByRetailerCategoryAndWordsIgnoringCaseAndAccents() {
		ApiClient api = api(newUser());

		assertThat(
				api.get("/v1/products?retailerId=ret-casa-bella&limit=100").<List<String>>json("$.items[*].retailerId"))
			.hasSize((int) DemoCatalog.products()
				.stream()
				.filter(product -> product.retailerId().value().equals("ret-casa-bella"))
				.count())
			.containsOnly("ret-casa-bella");
		assertThat(api.get("/v1/products?category=audio").<List<String>>json("$.items[*].name"))
			.contains("Audífonos inalámbricos", "Barra de sonido 2.1");
		assertThat(api.get("/v1/products?q=AUDIFONOS").<List<String>>json("$.items[*].productId"))
			.containsExactly("prd-electro-mx-01");
		assertThat(api.get("/v1/products?retailerId=ret-casa-bella&category=cocina&q=cafe")
			.<List<String>>json("$.items[*].name")).containsExactly("Cafetera de goteo");
		assertThat(api.get("/v1/products?q=nada-parecido").<List<?>>json("$.items")).isEmpty();
	}

	@Test
	void aCursorIsOnlyGoodForTheListingItCameFrom() {
		ApiClient api = api(newUser());
		String cursor = api.get("/v1/products?retailerId=ret-electro-mx&limit=2").json("$.nextCursor");

		assertThat(api.get("/v1/products?retailerId=ret-electro-mx&limit=2&cursor=" + cursor).status()).isEqualTo(200);
		assertProblem(api.get("/v1/products?retailerId=ret-casa-bella&cursor=" + cursor), 400, "INVALID_CURSOR");
		assertProblem(api.get("/v1/products?cursor=not-a-cursor"), 400, "INVALID_CURSOR");
		assertThat(api.get("/v1/products?limit=0").status()).isEqualTo(400);
		assertThat(api.get("/v1/products?category=Not%20A%20Category").status()).isEqualTo(400);
	}

	@Test
	void aProductShowsItsStockAsOfNow() {
		ApiResponse product = api(newUser()).get("/v1/products/prd-electro-mx-04");

		assertThat(product.status()).isEqualTo(200);
		assertThat(product.<String>json("$.name")).isEqualTo("Laptop 14\" 16 GB");
		assertThat(product.<Double>json("$.price")).isEqualTo(15999.0);
		assertThat(product.<Integer>json("$.stock")).isNotNegative();
		assertProblem(api(newUser()).get("/v1/products/prd-nowhere"), 404, "PRODUCT_NOT_FOUND");
		assertProblem(api(newUser()).get("/v1/products/bad%20id"), 400, "INVALID_PARAMETER");
	}

}
