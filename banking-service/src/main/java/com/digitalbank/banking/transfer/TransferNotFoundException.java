package com.digitalbank.banking.transfer;

import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;

public class TransferNotFoundException extends BusinessException {

	public TransferNotFoundException(TransferId transferId) {
		super(ErrorKind.NOT_FOUND, "TRANSFER_NOT_FOUND", "Transfer " + transferId + " was not found.");
	}

}
