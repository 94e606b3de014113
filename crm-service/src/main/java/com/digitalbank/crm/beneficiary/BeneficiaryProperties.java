package com.digitalbank.crm.beneficiary;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param table the beneficiaries table; environments name it with their own suffix
 * @param eventsQueue where beneficiary events go
 * @param maxPerUser how many beneficiaries one user may have: an address book, not a
 * mailing list (and a bound on what one resolution reads)
 */
@Validated
@ConfigurationProperties("crm.beneficiaries")
public record BeneficiaryProperties(@NotBlank @DefaultValue("crm-beneficiaries") String table,
		@NotBlank @DefaultValue("crm-events") String eventsQueue, @Min(1) @DefaultValue("200") int maxPerUser) {
}
