package com.digitalbank.banking.markets;

import java.math.BigDecimal;
import java.time.Instant;

/** A tick that crossed a threshold of its symbol. */
public record MarketAlert(String symbol, BigDecimal price, Instant timestamp, Direction direction,
		BigDecimal threshold) {

	public enum Direction {

		ABOVE_HIGH, BELOW_LOW

	}

}
