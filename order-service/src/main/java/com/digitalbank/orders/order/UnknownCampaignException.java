package com.digitalbank.orders.order;

import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;

/** The campaign code is well formed but not in the catalogue. */
public class UnknownCampaignException extends BusinessException {

	public static final String CODE = "UNKNOWN_CAMPAIGN";

	public UnknownCampaignException(String code) {
		super(ErrorKind.UNPROCESSABLE, CODE, "Campaign " + code + " does not exist or is no longer offered.");
	}

}
