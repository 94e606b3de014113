package com.digitalbank.banking.markets.messaging;

import java.math.BigDecimal;
import java.time.Instant;

import com.digitalbank.banking.markets.Tick;
import com.digitalbank.platform.messaging.MalformedMessageException;

/** A tick as the market-data feed sends it; checked before it reaches the domain. */
record TickMessage(String symbol, BigDecimal price, Instant timestamp) {

	Tick toTick(String messageId) {
		if (symbol == null || !symbol.matches("[A-Z0-9.\\-]{1,12}") || price == null || price.signum() < 0
				|| timestamp == null) {
			throw new MalformedMessageException(
					"Tick in message " + messageId + " needs a symbol, a price >= 0 " + "and a timestamp");
		}
		return new Tick(symbol, price, timestamp);
	}

}
