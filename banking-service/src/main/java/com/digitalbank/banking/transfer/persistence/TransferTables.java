package com.digitalbank.banking.transfer.persistence;

import com.digitalbank.banking.transfer.TransferProperties;
import com.digitalbank.platform.resources.KeyAttribute;
import com.digitalbank.platform.resources.TableDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TransferTables {

	@Bean
	TableDeclaration transfersTable(TransferProperties properties) {
		return TableDeclaration.of(properties.table(), KeyAttribute.string("transferId"));
	}

}
