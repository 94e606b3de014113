package com.digitalbank.marketplace.purchase;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.digitalbank.marketplace.benefit.BenefitOption;
import com.digitalbank.marketplace.benefit.Benefits;
import com.digitalbank.marketplace.catalog.Catalog;
import com.digitalbank.marketplace.catalog.Product;
import com.digitalbank.marketplace.purchase.persistence.PurchaseStore;
import com.digitalbank.platform.dynamodb.TransactionCancelledException;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import com.digitalbank.platform.dynamodb.WriteTransactions;
import com.digitalbank.platform.idempotency.IdempotencyContext;
import com.digitalbank.platform.idempotency.IdempotencyKeyTakenException;
import com.digitalbank.platform.idempotency.IdempotencyStore;
import com.digitalbank.platform.outbox.Outbox;
import com.digitalbank.platform.outbox.OutboxRecord;
import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;
import com.digitalbank.platform.saga.SagaState;
import com.digitalbank.platform.saga.Sagas;
import com.digitalbank.platform.saga.StepRecord;
import org.springframework.stereotype.Service;

/**
 * Starts purchases and shows them to their buyers. Starting one is one DynamoDB
 * transaction: the purchase, its saga's first state, the outbox record that starts the
 * saga and announces the purchase, and the idempotency record under an
 * {@code Idempotency-Key}. Either all of it exists or none, so a purchase is never
 * recorded without a saga to carry it to its end.
 */
@Service
public class Purchases {

	private static final Object IDEMPOTENCY_RECORD = "idempotency record";

	private final Catalog catalog;

	private final Benefits benefits;

	private final PurchaseStore store;

	private final PurchaseSaga saga;

	private final Sagas sagas;

	private final Outbox outbox;

	private final WriteTransactions transactions;

	private final IdempotencyStore idempotency;

	private final Clock clock;

	Purchases(Catalog catalog, Benefits benefits, PurchaseStore store, PurchaseSaga saga, Sagas sagas, Outbox outbox,
			WriteTransactions transactions, IdempotencyStore idempotency, Clock clock) {
		this.catalog = catalog;
		this.benefits = benefits;
		this.store = store;
		this.saga = saga;
		this.sagas = sagas;
		this.outbox = outbox;
		this.transactions = transactions;
		this.idempotency = idempotency;
		this.clock = clock;
	}

	/**
	 * Records the purchase as {@code PENDING} and starts its saga. Refuses at once what
	 * cannot succeed: an unknown product, fewer units in stock than asked right now
	 * ({@code OUT_OF_STOCK}; the saga still decides, since stock may go meanwhile), a
	 * benefit the purchase does not offer.
	 */
	public Purchase start(String userId, String email, PurchaseOrder order) {
		Product product = catalog.product(order.productId());
		if (product.stock() < order.quantity()) {
			throw new BusinessException(ErrorKind.UNPROCESSABLE, "OUT_OF_STOCK", "Only " + product.stock()
					+ " units of " + product.productId() + " are left; " + order.quantity() + " were asked for.");
		}
		BenefitOption benefit = order.benefit() == null ? null : benefits
			.chosen(benefits.quote(order.productId(), order.quantity(), order.accountId()), order.benefit());
		Instant now = clock.instant();
		Purchase purchase = new Purchase(PurchaseId.newAt(now), userId, email, product.productId(), product.name(),
				order.quantity(), product.price(), product.price().multiply(BigDecimal.valueOf(order.quantity())),
				product.currency(), order.accountId(), benefit, PurchaseStatus.PENDING, null, now, now, null);
		WriteTransaction transaction = new WriteTransaction();
		store.addNew(transaction, purchase, null);
		IdempotencyContext.currentClaim()
			.ifPresent(claim -> idempotency.recordCreatedInTransaction(transaction, claim,
					purchase.purchaseId().value(), IDEMPOTENCY_RECORD));
		OutboxRecord record = outbox.addTo(transaction,
				sagas.begin(transaction, saga, purchase.purchaseId().value(), PurchaseSaga.Data.of(purchase)), null);
		try {
			transactions.commit(transaction);
		}
		catch (TransactionCancelledException ex) {
			if (ex.conditionFailed(IDEMPOTENCY_RECORD)) {
				throw new IdempotencyKeyTakenException();
			}
			throw ex;
		}
		outbox.sendCommitted(record);
		return purchase;
	}

	/** The buyer's purchase with its saga's steps; anyone else's is not found. */
	public PurchaseView find(String userId, PurchaseId id) {
		Purchase purchase = store.find(id)
			.filter(found -> found.userId().equals(userId))
			.orElseThrow(() -> new PurchaseNotFoundException(id));
		List<StepRecord> steps = sagas.find(id.value()).map(SagaState::steps).orElse(List.of());
		return new PurchaseView(purchase, steps);
	}

	public PurchasePage page(String userId, int limit, String cursor) {
		return store.page(userId, limit, cursor);
	}

}
