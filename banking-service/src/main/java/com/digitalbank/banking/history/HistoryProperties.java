package com.digitalbank.banking.history;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param table the ledger table; environments name it with their own suffix
 */
@Validated
@ConfigurationProperties("banking.ledger")
public record HistoryProperties(@NotBlank @DefaultValue("bank-ledger") String table) {
}
