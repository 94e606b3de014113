package com.digitalbank.marketplace.catalog;

import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;

public class RetailerNotFoundException extends BusinessException {

	public RetailerNotFoundException(RetailerId id) {
		super(ErrorKind.NOT_FOUND, "RETAILER_NOT_FOUND", "Retailer " + id + " was not found.");
	}

}
