package com.digitalbank.marketplace.catalog;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductTests {

	@Test
	void keepsPricesAtScaleTwo() {
		assertThat(product("899.9", 1).price()).isEqualByComparingTo("899.90").hasScaleOf(2);
	}

	@Test
	void refusesNegativeStockAndPricesBelowACent() {
		assertThatThrownBy(() -> product("10.00", -1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> product("10.001", 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> product("0.00", 1)).isInstanceOf(IllegalArgumentException.class);
	}

	private static Product product(String price, int stock) {
		return new Product(new ProductId("prd-1"), new RetailerId("ret-1"), "Audífonos", "audio", new BigDecimal(price),
				"MXN", stock);
	}

}
