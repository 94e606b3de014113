package com.digitalbank.orders.invoice;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where invoices go and what they say about the seller.
 *
 * @param linkValidity how long the customer's download link works (S3 allows at most 7
 * days)
 * @param claimTimeout after this, a delivery that claimed the invoice and died is
 * presumed dead; keep it below the invoice queue's visibility timeout, so the dead
 * delivery's retry can claim again
 * @param zone the time zone of the dates printed on the invoice
 */
@Validated
@ConfigurationProperties("orders.invoice")
public record InvoiceProperties(@DefaultValue("orders-invoices") @NotBlank String bucket,
		@DefaultValue("7d") Duration linkValidity, @DefaultValue("90s") Duration claimTimeout,
		@DefaultValue("America/Mexico_City") ZoneId zone, @DefaultValue @Valid Seller seller) {

	/** The issuer printed at the top of every invoice. */
	public record Seller(@DefaultValue("Digital Bank Commerce") String name, @DefaultValue("") String taxId,
			@DefaultValue List<String> addressLines, @DefaultValue("") String email, @DefaultValue("") String phone) {
	}

}
