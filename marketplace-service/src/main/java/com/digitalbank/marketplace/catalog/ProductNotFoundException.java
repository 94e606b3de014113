package com.digitalbank.marketplace.catalog;

import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;

public class ProductNotFoundException extends BusinessException {

	public ProductNotFoundException(ProductId id) {
		super(ErrorKind.NOT_FOUND, "PRODUCT_NOT_FOUND", "Product " + id + " was not found.");
	}

}
