package com.digitalbank.banking.account.persistence;

import com.digitalbank.banking.account.AccountProperties;
import com.digitalbank.platform.resources.KeyAttribute;
import com.digitalbank.platform.resources.TableDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccountTables {

	@Bean
	TableDeclaration accountsTable(AccountProperties properties) {
		return TableDeclaration.of(properties.table(), KeyAttribute.string("accountId"))
			.withIndex(AccountStore.BY_USER_INDEX, KeyAttribute.string("userId"), KeyAttribute.string("accountId"));
	}

}
