package com.digitalbank.marketplace.catalog.persistence;

import com.digitalbank.marketplace.catalog.CatalogProperties;
import com.digitalbank.platform.resources.KeyAttribute;
import com.digitalbank.platform.resources.TableDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CatalogTables {

	@Bean
	TableDeclaration retailersTable(CatalogProperties properties) {
		return TableDeclaration.of(properties.retailersTable(), KeyAttribute.string(RetailerStore.RETAILER));
	}

	@Bean
	TableDeclaration productsTable(CatalogProperties properties) {
		return TableDeclaration.of(properties.productsTable(), KeyAttribute.string(ProductStore.PRODUCT))
			.withIndex(ProductStore.BY_RETAILER, KeyAttribute.string(ProductStore.RETAILER),
					KeyAttribute.string(ProductStore.PRODUCT))
			.withIndex(ProductStore.BY_CATEGORY, KeyAttribute.string(ProductStore.CATEGORY),
					KeyAttribute.string(ProductStore.PRODUCT));
	}

}
