package com.digitalbank.orders.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order stands. It moves forward one step at a time, PENDING → CONFIRMED →
 * PROCESSING → SHIPPED → DELIVERED, and may be cancelled until it ships: after that the
 * goods are on their way and a cancellation would be a return, which is another process.
 */
public enum OrderStatus {

	PENDING, CONFIRMED, PROCESSING, SHIPPED, DELIVERED, CANCELLED;

	/** The statuses this one may move to. */
	public Set<OrderStatus> next() {
		return switch (this) {
			case PENDING -> EnumSet.of(CONFIRMED, CANCELLED);
			case CONFIRMED -> EnumSet.of(PROCESSING, CANCELLED);
			case PROCESSING -> EnumSet.of(SHIPPED, CANCELLED);
			case SHIPPED -> EnumSet.of(DELIVERED);
			case DELIVERED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
		};
	}

	public boolean canMoveTo(OrderStatus target) {
		return next().contains(target);
	}

	/**
	 * The target status, or {@link InvalidStatusTransitionException} when the move is not
	 * allowed.
	 */
	public OrderStatus moveTo(OrderStatus target) {
		if (!canMoveTo(target)) {
			throw new InvalidStatusTransitionException(this, target);
		}
		return target;
	}

}
