package com.digitalbank.marketplace.demo;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.digitalbank.marketplace.catalog.Product;
import com.digitalbank.marketplace.catalog.Retailer;
import com.digitalbank.marketplace.catalog.RetailerId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCatalogTests {

	@Test
	void hasSeveralRetailersAndFiftyProductsInCategoriesWithStock() {
		List<Product> products = DemoCatalog.products();

		assertThat(DemoCatalog.retailers()).hasSizeGreaterThanOrEqualTo(3);
		assertThat(products).hasSizeGreaterThanOrEqualTo(50);
		assertThat(products.stream().map(Product::category).distinct()).hasSizeGreaterThanOrEqualTo(10);
		assertThat(products).allSatisfy(product -> {
			assertThat(product.stock()).isPositive();
			assertThat(product.price().scale()).isEqualTo(2);
			assertThat(product.currency()).isEqualTo("MXN");
		});
	}

	@Test
	void everyProductBelongsToARetailerAndIdsAreUnique() {
		Set<RetailerId> retailers = DemoCatalog.retailers()
			.stream()
			.map(Retailer::retailerId)
			.collect(Collectors.toSet());

		assertThat(DemoCatalog.products()).allSatisfy(product -> assertThat(retailers).contains(product.retailerId()));
		assertThat(DemoCatalog.products().stream().map(Product::productId).distinct())
			.hasSameSizeAs(DemoCatalog.products());
	}

	@Test
	void retailersOfferCashbackAndMostOfferMonthsWithoutInterest() {
		assertThat(DemoCatalog.retailers())
			.allSatisfy(retailer -> assertThat(retailer.benefits().cashbackPercent()).isPositive());
		assertThat(DemoCatalog.retailers())
			.filteredOn(retailer -> !retailer.benefits().monthsWithoutInterest().isEmpty())
			.hasSizeGreaterThanOrEqualTo(3)
			.allSatisfy(retailer -> assertThat(retailer.benefits().monthsWithoutInterest().keySet()).isSubsetOf(3, 6, 9,
					12));
	}

}
