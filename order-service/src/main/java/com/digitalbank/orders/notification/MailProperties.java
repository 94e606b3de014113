package com.digitalbank.orders.notification;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who sends the order e-mails, who gets the internal one, and where the templates are.
 * Subjects may use {@code {orderNumber}}, {@code {total}}, {@code {currency}} and
 * {@code {tenantId}}.
 *
 * @param templateCacheTtl how long a template read from the bucket is reused (0: read
 * every time)
 * @param claimTimeout after this, a sender that claimed an e-mail and died is presumed
 * dead and the e-mail may be sent by a retry; shorter than the mail queues' visibility
 * timeout (checked at start-up), so the dead sender's message, back after that timeout,
 * finds the claim expired, and longer than a send may take (the SMTP timeouts), so a slow
 * send is not duplicated
 */
@Validated
@ConfigurationProperties("orders.mail")
public record MailProperties(@DefaultValue("Digital Bank Orders <orders@digitalbank.example>") @NotBlank String from,
		@DefaultValue("orders-team@digitalbank.example") @NotEmpty List<String> internalRecipients,
		@DefaultValue("orders-templates") @NotBlank String templatesBucket,
		@DefaultValue("5m") Duration templateCacheTtl, @DefaultValue("45s") Duration claimTimeout,
		@DefaultValue("We received your order {orderNumber}") String customerSubject,
		@DefaultValue("New order {orderNumber}: {total} {currency} ({tenantId})") String internalSubject) {
}
