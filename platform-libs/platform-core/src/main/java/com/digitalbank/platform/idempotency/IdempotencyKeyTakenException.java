package com.digitalbank.platform.idempotency;

import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;

/**
 * Thrown by an effect whose transaction found its idempotency key no longer free
 * ({@link IdempotencyStore#recordCreatedInTransaction}): another request with the key ran
 * or is running. The filter answers as that request did: its stored response, or 422 for
 * another body; 409 only while no outcome is stored yet.
 */
public class IdempotencyKeyTakenException extends BusinessException {

	public IdempotencyKeyTakenException() {
		super(ErrorKind.CONFLICT, IdempotencyCodes.REQUEST_IN_PROGRESS,
				"Another request with this Idempotency-Key ran first; retry to see its outcome.");
	}

}
