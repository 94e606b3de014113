package com.digitalbank.platform.idempotency;

import java.util.Optional;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The idempotency claim of the request being handled, for web adapters whose effect must
 * commit in the same DynamoDB transaction as its idempotency record
 * ({@link IdempotencyStore#completionInTransaction}).
 */
public final class IdempotencyContext {

	private IdempotencyContext() {
	}

	/**
	 * Empty when the request carries no {@code Idempotency-Key} or is not a web request.
	 */
	public static Optional<IdempotencyStore.Claim> currentClaim() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes == null) {
			return Optional.empty();
		}
		Object claim = attributes.getAttribute(IdempotencyFilter.CLAIM_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		return claim instanceof IdempotencyStore.Claim found ? Optional.of(found) : Optional.empty();
	}

	/**
	 * Tells the filter that the response was already stored in the effect's transaction,
	 * so it does not write the record a second time.
	 */
	public static void completedInTransaction() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes != null) {
			attributes.setAttribute(IdempotencyFilter.COMPLETED_ATTRIBUTE, Boolean.TRUE,
					RequestAttributes.SCOPE_REQUEST);
		}
	}

}
