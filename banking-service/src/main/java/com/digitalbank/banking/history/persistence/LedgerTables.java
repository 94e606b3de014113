package com.digitalbank.banking.history.persistence;

import com.digitalbank.banking.history.HistoryProperties;
import com.digitalbank.platform.resources.KeyAttribute;
import com.digitalbank.platform.resources.TableDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LedgerTables {

	@Bean
	TableDeclaration ledgerTable(HistoryProperties properties) {
		return TableDeclaration
			.of(properties.table(), KeyAttribute.string("accountId"), KeyAttribute.string("entryKey"))
			.withIndex(LedgerStore.BY_USER, KeyAttribute.string("userId"), KeyAttribute.string("entryKey"));
	}

}
