package com.digitalbank.platform.idempotency;

import java.util.Optional;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The idempotency claim of the request being handled, for the code that commits the
 * effect of a handler marked {@link RecordsIdempotencyInTransaction}. Take it on the
 * request's thread, as the correlation id is taken: a claim is request-scoped.
 */
public final class IdempotencyContext {

	private IdempotencyContext() {
	}

	/**
	 * The unreserved claim of a request to a {@link RecordsIdempotencyInTransaction}
	 * handler; empty when the request carries no {@code Idempotency-Key}, is not a web
	 * request, or its key was reserved up front.
	 */
	public static Optional<IdempotencyStore.Claim> currentClaim() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes == null) {
			return Optional.empty();
		}
		Object claim = attributes.getAttribute(IdempotencyFilter.CLAIM_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		return claim instanceof IdempotencyStore.Claim found && !found.reserved() ? Optional.of(found)
				: Optional.empty();
	}

}
