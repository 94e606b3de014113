package com.digitalbank.marketplace.purchase;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param table purchases; environments name it with their own suffix
 * @param eventsQueue where every step of every purchase is announced
 * @param notificationsQueue the buyer's e-mail about how a purchase ended, sent from it
 * @param mailFrom the sender of those e-mails
 */
@Validated
@ConfigurationProperties("marketplace.purchases")
public record PurchaseProperties(@NotBlank @DefaultValue("marketplace-purchases") String table,
		@NotBlank @DefaultValue("marketplace-events") String eventsQueue,
		@NotBlank @DefaultValue("marketplace-notifications") String notificationsQueue,
		@NotBlank @DefaultValue("Digital Bank Marketplace <marketplace@digitalbank.example>") String mailFrom) {
}
