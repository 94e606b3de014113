package com.digitalbank.crm.beneficiary;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param table the beneficiaries table; environments name it with their own suffix
 * @param eventsQueue where beneficiary events go
 */
@Validated
@ConfigurationProperties("crm.beneficiaries")
public record BeneficiaryProperties(@NotBlank @DefaultValue("crm-beneficiaries") String table,
		@NotBlank @DefaultValue("crm-events") String eventsQueue) {
}
