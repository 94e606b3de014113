package com.digitalbank.crm.beneficiary;

import java.util.List;

/**
 * Beneficiaries in the order they were added; {@code nextCursor} is null on the last
 * page.
 */
public record BeneficiaryPage(List<Beneficiary> items, String nextCursor) {

	public static final int MAX_LIMIT = 100;

}
