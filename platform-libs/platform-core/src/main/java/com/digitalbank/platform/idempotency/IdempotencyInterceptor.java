package com.digitalbank.platform.idempotency;

import java.util.Optional;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Claims the key of a request the {@link IdempotencyFilter} let through, once the handler
 * is known: it decides whether the key is reserved before the handler runs or stored with
 * the handler's own transaction ({@link RecordsIdempotencyInTransaction}). A key found
 * reserved or used is answered here, and the handler does not run; an unreserved claim
 * finds that out only when its outcome is stored.
 */
class IdempotencyInterceptor implements HandlerInterceptor {

	private static final int CLAIM_ATTEMPTS = 3;

	private final IdempotencyStore store;

	private final IdempotentAnswers answers;

	IdempotencyInterceptor(IdempotencyStore store, IdempotentAnswers answers) {
		this.store = store;
		this.answers = answers;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		if (request.getDispatcherType() != DispatcherType.REQUEST
				|| !(request.getAttribute(IdempotencyFilter.KEY_ATTRIBUTE) instanceof IdempotencyFilter.RequestKey key)
				|| request.getAttribute(IdempotencyFilter.CLAIM_ATTRIBUTE) != null) {
			return true;
		}
		RecordsIdempotencyInTransaction inTransaction = handler instanceof HandlerMethod method
				? method.getMethodAnnotation(RecordsIdempotencyInTransaction.class) : null;
		if (inTransaction != null) {
			request.setAttribute(IdempotencyFilter.CLAIM_ATTRIBUTE, store.unreserved(key.id(), key.requestHash(),
					new IdempotencyStore.CreatedInTransaction(inTransaction.status(), inTransaction.location())));
			return true;
		}
		for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
			Optional<IdempotencyStore.Claim> claim = store.claim(key.id(), key.requestHash());
			if (claim.isPresent()) {
				request.setAttribute(IdempotencyFilter.CLAIM_ATTRIBUTE, claim.get());
				return true;
			}
			Optional<IdempotencyRecord> existing = store.find(key.id());
			if (existing.isPresent()) {
				answers.answerFrom(existing.get(), key.requestHash(), request, response);
				return false;
			}
			// Released or expired between our claim and our read: claim again.
		}
		answers.inProgress(response);
		return false;
	}

}
