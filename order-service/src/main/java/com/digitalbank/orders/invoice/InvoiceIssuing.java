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
 * delivery claims the order's invoice slot; a PDF already in the bucket (a claimer that
 * died after storing it) is not rendered again; the key is recorded on the order last.
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
		InvoiceClaim claim = orders.claimInvoice(tenantId, orderId, properties.claimTimeout());
		switch (claim) {
			case ALREADY_ISSUED -> log.info("Invoice of order {} was issued before; not rendered again", orderId);
			case BUSY -> {
				log.info("Invoice of order {} is being issued by another delivery", orderId);
				return Optional.empty();
			}
			case CLAIMED -> store(tenantId, orderId, key);
		}
		return Optional.of(key);
	}

	private void store(String tenantId, String orderId, String key) {
		try {
			if (!store.exists(key)) {
				Order order = orders.find(tenantId, orderId);
				store.put(key, renderer.render(order), order.orderNumber());
			}
			orders.recordInvoice(tenantId, orderId, key);
		}
		catch (RuntimeException ex) {
			// Let the retry of this message claim again at once instead of waiting for
			// the claim to age.
			orders.releaseInvoiceClaim(tenantId, orderId);
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
