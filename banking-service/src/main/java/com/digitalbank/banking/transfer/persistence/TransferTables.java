package com.digitalbank.banking.transfer.persistence;

import com.digitalbank.platform.resources.KeyAttribute;
import com.digitalbank.platform.resources.TableDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TransferTables {

	@Bean
	TableDeclaration transfersTable() {
		return TableDeclaration.of(TransferStore.TABLE, KeyAttribute.string("transferId"));
	}

}
