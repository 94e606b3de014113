package com.digitalbank.marketplace.purchase;

import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;

public class PurchaseNotFoundException extends BusinessException {

	public PurchaseNotFoundException(PurchaseId id) {
		super(ErrorKind.NOT_FOUND, "PURCHASE_NOT_FOUND", "Purchase " + id + " was not found.");
	}

}
