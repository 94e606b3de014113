package com.digitalbank.orders.order;

import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;

/**
 * A path names a tenant other than the caller's. It answers 404, like a tenant that does
 * not exist, so that tenant names cannot be probed.
 */
public class TenantNotFoundException extends BusinessException {

	public static final String CODE = "TENANT_NOT_FOUND";

	public TenantNotFoundException(String tenantId) {
		super(ErrorKind.NOT_FOUND, CODE, "Tenant " + tenantId + " was not found.");
	}

}
