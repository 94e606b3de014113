package com.digitalbank.crm.beneficiary.persistence;

import com.digitalbank.crm.beneficiary.BeneficiaryProperties;
import com.digitalbank.platform.resources.KeyAttribute;
import com.digitalbank.platform.resources.TableDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BeneficiaryTables {

	@Bean
	TableDeclaration beneficiariesTable(BeneficiaryProperties properties) {
		return TableDeclaration.of(properties.table(), KeyAttribute.string(BeneficiaryStore.USER),
				KeyAttribute.string(BeneficiaryStore.ITEM));
	}

}
