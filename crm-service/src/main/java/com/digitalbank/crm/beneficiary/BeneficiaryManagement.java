package com.digitalbank.crm.beneficiary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.digitalbank.crm.beneficiary.persistence.BeneficiaryStore;
import com.digitalbank.crm.beneficiary.persistence.BeneficiaryWrites;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import com.digitalbank.platform.idempotency.IdempotencyContext;
import com.digitalbank.platform.idempotency.IdempotencyStore;
import org.springframework.stereotype.Service;

/**
 * Adds, reads, replaces and removes a user's beneficiaries. Each change is one DynamoDB
 * transaction holding the beneficiary, the claims that keep its aliases and CLABE unique
 * for the user, its event (outbox) and, for an add under an {@code Idempotency-Key}, the
 * idempotency record: a retried add finds its key used and answers as the first did.
 */
@Service
public class BeneficiaryManagement {

	private final BeneficiaryStore store;

	private final BeneficiaryWrites writes;

	private final BeneficiaryCommits commits;

	private final BankCatalogue banks;

	private final IdempotencyStore idempotency;

	private final Clock clock;

	BeneficiaryManagement(BeneficiaryStore store, BeneficiaryWrites writes, BeneficiaryCommits commits,
			BankCatalogue banks, IdempotencyStore idempotency, Clock clock) {
		this.store = store;
		this.writes = writes;
		this.commits = commits;
		this.banks = banks;
		this.idempotency = idempotency;
		this.clock = clock;
	}

	public BeneficiaryPage page(String userId, int limit, String cursor) {
		return store.page(userId, limit, cursor);
	}

	/** Every beneficiary of the user, in the order they were added. */
	public List<Beneficiary> all(String userId) {
		return store.all(userId);
	}

	/** The user's beneficiary; anyone else's is not found. */
	public Beneficiary find(String userId, BeneficiaryId id) {
		return store.find(userId, id).orElseThrow(() -> new BeneficiaryNotFoundException(id));
	}

	public Beneficiary add(String userId, BeneficiaryDetails details) {
		Instant now = clock.instant();
		Beneficiary added = Beneficiary.added(BeneficiaryId.newAt(now), userId, details, bankOf(details), now);
		WriteTransaction transaction = new WriteTransaction();
		writes.addNew(transaction, added);
		IdempotencyContext.currentClaim()
			.ifPresent(claim -> idempotency.recordCreatedInTransaction(transaction, claim,
					added.beneficiaryId().value(), BeneficiaryCommits.IDEMPOTENCY_RECORD));
		commits.commit(transaction, BeneficiaryChanged.ADDED, added, now);
		return added;
	}

	public Beneficiary replace(String userId, BeneficiaryId id, BeneficiaryDetails details) {
		Beneficiary before = find(userId, id);
		Instant now = clock.instant();
		Beneficiary after = before.replacedBy(details, bankOf(details), now);
		WriteTransaction transaction = new WriteTransaction();
		writes.addReplacement(transaction, before, after);
		commits.commit(transaction, BeneficiaryChanged.UPDATED, after, now);
		return after;
	}

	public void remove(String userId, BeneficiaryId id) {
		Beneficiary removed = find(userId, id);
		WriteTransaction transaction = new WriteTransaction();
		writes.addRemoval(transaction, removed);
		commits.commit(transaction, BeneficiaryChanged.REMOVED, removed, clock.instant());
	}

	private String bankOf(BeneficiaryDetails details) {
		return details.clabe() == null ? null : banks.bankOf(details.clabe());
	}

}
