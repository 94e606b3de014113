package com.digitalbank.crm.beneficiary;

import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;

/** No such beneficiary, or another user's: both answer the same. */
public class BeneficiaryNotFoundException extends BusinessException {

	public BeneficiaryNotFoundException(BeneficiaryId beneficiaryId) {
		super(ErrorKind.NOT_FOUND, "BENEFICIARY_NOT_FOUND", "Beneficiary " + beneficiaryId + " was not found.");
	}

}
