package com.digitalbank.banking.transfer.persistence;

import com.digitalbank.banking.transfer.TransferProperties;
import com.digitalbank.platform.outbox.OutboxIndex;
import com.digitalbank.platform.resources.KeyAttribute;
import com.digitalbank.platform.resources.TableDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TransferTables {

	@Bean
	TableDeclaration transfersTable(TransferProperties properties) {
		// A transfer record carries its TRANSFER_COMPLETED event until it is sent: the
		// batch
		// transaction has no room for an outbox item per transfer.
		return OutboxIndex.on(TableDeclaration.of(properties.table(), KeyAttribute.string("transferId")));
	}

}
