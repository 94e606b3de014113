package com.digitalbank.banking.markets;

import java.math.BigDecimal;
import java.time.Instant;

/** One price observation. A tick is identified by its symbol and timestamp. */
public record Tick(String symbol, BigDecimal price, Instant timestamp) {
}
