package com.digitalbank.banking.account;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param table the accounts table; environments name it with their own suffix
 */
@Validated
@ConfigurationProperties("banking.accounts")
public record AccountProperties(@NotBlank @DefaultValue("bank-accounts") String table) {
}
