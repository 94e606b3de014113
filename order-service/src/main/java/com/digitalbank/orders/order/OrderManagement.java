package com.digitalbank.orders.order;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.digitalbank.orders.order.messaging.OrderEvents;
import com.digitalbank.orders.order.persistence.OrderClaims;
import com.digitalbank.orders.order.persistence.OrderListing;
import com.digitalbank.orders.order.persistence.OrderStore;
import org.springframework.stereotype.Service;

/**
 * The order use cases. Every one takes the caller's tenant from the token, never from the
 * request body, and reads and writes only inside that tenant's partition.
 */
@Service
public class OrderManagement {

	private static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.ofPattern("yyyyMMdd")
		.withZone(ZoneOffset.UTC);

	private final OrderStore store;

	private final OrderClaims claims;

	private final OrderListing listing;

	private final OrderEvents events;

	private final OrderPricing pricing;

	private final OrdersProperties properties;

	private final Clock clock;

	OrderManagement(OrderStore store, OrderClaims claims, OrderListing listing, OrderEvents events,
			OrderPricing pricing, OrdersProperties properties, Clock clock) {
		this.store = store;
		this.claims = claims;
		this.listing = listing;
		this.events = events;
		this.pricing = pricing;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Prices the order and queues it for recording; the client polls until it is
	 * recorded.
	 */
	public Order submit(String tenantId, String userId, NewOrder request) {
		String tenant = requireTenant(tenantId);
		Campaign campaign = pricing.campaign(request.campaignCode());
		List<OrderItem> items = request.items()
			.stream()
			.map(line -> OrderItem.of(line.productId(), line.name(), line.quantity(), line.unitPrice()))
			.toList();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		String orderId = UUID.randomUUID().toString();
		String currency = request.currency() != null ? request.currency() : properties.currency();
		Order order = Order.placed(orderId, orderNumber(orderId, now), tenant, userId, request, items, campaign,
				pricing.price(items, campaign), currency, now);
		events.submitted(order);
		return order;
	}

	/** The record writer's step: store once, then hand on (again, after a redelivery). */
	public boolean record(Order order) {
		boolean stored = store.insert(order);
		events.recorded(order);
		return stored;
	}

	public Order find(String tenantId, String orderId) {
		String tenant = requireTenant(tenantId);
		if (!isOrderId(orderId)) {
			throw new OrderNotFoundException(orderId);
		}
		return store.find(tenant, orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
	}

	/** A page of the caller's orders; a path naming another tenant finds nothing. */
	public OrderPage list(String callerTenantId, String requestedTenantId, OrderQuery query) {
		String tenant = requireTenant(callerTenantId);
		if (!tenant.equals(requestedTenantId)) {
			throw new TenantNotFoundException(requestedTenantId);
		}
		return listing.list(tenant, query);
	}

	/**
	 * Moves an order to {@code target}. {@code expectedVersion} is the version the client
	 * read (its {@code If-Match}), or null to act on the current one; either way the
	 * write only applies if nobody changed the order in between.
	 */
	public Order changeStatus(String tenantId, String userId, String orderId, OrderStatus target,
			Long expectedVersion) {
		Order current = find(tenantId, orderId);
		if (expectedVersion != null && expectedVersion != current.version()) {
			throw new OrderVersionMismatchException(orderId, expectedVersion);
		}
		Order changed = current.movedTo(target, userId, clock.instant().truncatedTo(ChronoUnit.MICROS));
		return store.saveStatus(changed, current.version());
	}

	/**
	 * For the invoice step: may this delivery render the invoice? A claim brings the
	 * order with it. A claim older than {@code claimTimeout} is presumed dead.
	 */
	public InvoiceClaim claimInvoice(String tenantId, String orderId, Duration claimTimeout) {
		Instant now = clock.instant();
		return claims.claimInvoice(tenantId, orderId, now, now.minus(claimTimeout));
	}

	public void recordInvoice(String tenantId, String orderId, String invoiceKey) {
		claims.recordInvoice(tenantId, orderId, invoiceKey);
	}

	public void releaseInvoiceClaim(String tenantId, String orderId) {
		claims.releaseInvoiceClaim(tenantId, orderId);
	}

	/**
	 * For the e-mail steps: the order, when this delivery may send the e-mail that
	 * {@code email} names (each is sent once); empty when it was sent or is being sent. A
	 * claim older than {@code claimTimeout} is presumed dead.
	 */
	public Optional<Order> claimEmail(String tenantId, String orderId, String email, Duration claimTimeout) {
		Instant now = clock.instant();
		return claims.claimEmail(tenantId, orderId, email, now, now.minus(claimTimeout));
	}

	public void markEmailSent(String tenantId, String orderId, String email) {
		claims.markEmailSent(tenantId, orderId, email, clock.instant());
	}

	public void releaseEmailClaim(String tenantId, String orderId, String email) {
		claims.releaseEmailClaim(tenantId, orderId, email);
	}

	private static String requireTenant(String tenantId) {
		if (tenantId == null || tenantId.isBlank()) {
			throw new TenantRequiredException();
		}
		return tenantId;
	}

	private static boolean isOrderId(String orderId) {
		try {
			return orderId != null && UUID.fromString(orderId).toString().equals(orderId);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * Readable on the phone and on paper: the day it was placed and the start of its id.
	 */
	static String orderNumber(String orderId, Instant placedAt) {
		return "ORD-" + NUMBER_DATE.format(placedAt) + "-" + orderId.substring(0, 8).toUpperCase(Locale.ROOT);
	}

}
