package com.digitalbank.marketplace.purchase.persistence;

import com.digitalbank.marketplace.purchase.PurchaseProperties;
import com.digitalbank.platform.resources.KeyAttribute;
import com.digitalbank.platform.resources.TableDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PurchaseTables {

	@Bean
	TableDeclaration purchasesTable(PurchaseProperties properties) {
		return TableDeclaration.of(properties.table(), KeyAttribute.string(PurchaseStore.PURCHASE))
			.withIndex(PurchaseStore.BY_USER, KeyAttribute.string(PurchaseStore.USER),
					KeyAttribute.string(PurchaseStore.LISTED_AT));
	}

}
