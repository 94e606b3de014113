package com.digitalbank.orders.invoice;

import java.net.URI;
import java.util.Optional;

import com.digitalbank.orders.invoice.persistence.InvoiceStore;
import com.digitalbank.orders.order.InvoiceClaim;
import com.digitalbank.orders.order.Order;
import com.digitalbank.orders.order.OrderManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Issues an order's invoice exactly once, however often its message is delivered: one
 * delivery claims the order's invoice slot, and the claim brings the order to render; a
 * PDF already in the bucket (an earlier claimer that died or failed after storing it) is
 * not rendered again; the key is recorded on the order last.
 */
@Service
public class InvoiceIssuing {

	private static final Logger log = LoggerFactory.getLogger(InvoiceIssuing.class);

	private final OrderManagement orders;

	private final InvoiceRenderer renderer;

	private final InvoiceStore store;

	private final InvoiceProperties properties;

	InvoiceIssuing(OrderManagement orders, InvoiceRenderer renderer, InvoiceStore store, InvoiceProperties properties) {
		this.orders = orders;
		this.renderer = renderer;
		this.store = store;
		this.properties = properties;
	}

	public static String key(String tenantId, String orderId) {
		return "invoices/" + tenantId + "/" + orderId + ".pdf";
	}

	/**
	 * Issues the invoice if nobody has and answers its key; empty while another delivery
	 * of the same order holds the claim (that delivery carries on, and is retried if it
	 * fails).
	 */
	public Optional<String> issue(String tenantId, String orderId) {
		String key = key(tenantId, orderId);
		switch (orders.claimInvoice(tenantId, orderId, properties.claimTimeout())) {
			case InvoiceClaim.AlreadyIssued issued ->
				log.info("Invoice of order {} was issued before; not rendered again", orderId);
			case InvoiceClaim.Busy busy -> {
				log.info("Invoice of order {} is being issued by another delivery", orderId);
				return Optional.empty();
			}
			case InvoiceClaim.Claimed claimed -> store(claimed, key);
		}
		return Optional.of(key);
	}

	/**
	 * Only a retried claim looks in the bucket first: a first attempt knows that nobody
	 * stored the PDF.
	 */
	private void store(InvoiceClaim.Claimed claimed, String key) {
		Order order = claimed.order();
		try {
			if (!claimed.retried() || !store.exists(key)) {
				store.put(key, renderer.render(order), order.orderNumber());
			}
			orders.recordInvoice(order.tenantId(), order.orderId(), key);
		}
		catch (RuntimeException ex) {
			// Let the retry of this message claim again at once instead of waiting for
			// the claim to age.
			orders.releaseInvoiceClaim(order.tenantId(), order.orderId());
			throw ex;
		}
	}

	/**
	 * A link the customer can open without credentials, valid for the configured days.
	 */
	public URI downloadLink(String invoiceKey) {
		return store.downloadLink(invoiceKey, properties.linkValidity());
	}

}
