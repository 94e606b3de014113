package com.digitalbank.banking.history.persistence;

import com.digitalbank.platform.resources.KeyAttribute;
import com.digitalbank.platform.resources.TableDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LedgerTables {

	@Bean
	TableDeclaration ledgerTable() {
		return TableDeclaration.of(LedgerStore.TABLE, KeyAttribute.string("accountId"),
				KeyAttribute.string("entryKey"));
	}

}
