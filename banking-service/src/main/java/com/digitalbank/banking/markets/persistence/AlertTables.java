package com.digitalbank.banking.markets.persistence;

import com.digitalbank.banking.markets.MarketProperties;
import com.digitalbank.platform.resources.KeyAttribute;
import com.digitalbank.platform.resources.TableDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AlertTables {

	@Bean
	TableDeclaration marketAlertsTable(MarketProperties properties) {
		return TableDeclaration.of(properties.table(), KeyAttribute.string("symbol"), KeyAttribute.string("timestamp"));
	}

}
