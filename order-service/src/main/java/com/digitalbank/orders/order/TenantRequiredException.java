package com.digitalbank.orders.order;

import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;

/**
 * Orders belong to a tenant: a token without a {@code tenant_id} claim may not touch any.
 */
public class TenantRequiredException extends BusinessException {

	public static final String CODE = "TENANT_REQUIRED";

	public TenantRequiredException() {
		super(ErrorKind.FORBIDDEN, CODE, "The token carries no tenant; orders need one.");
	}

}
