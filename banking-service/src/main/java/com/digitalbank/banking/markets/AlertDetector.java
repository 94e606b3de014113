package com.digitalbank.banking.markets;

import java.math.BigDecimal;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Decides whether a tick is an alert: strictly above its high or strictly below its low.
 */
@Component
public class AlertDetector {

	private final MarketProperties properties;

	AlertDetector(MarketProperties properties) {
		this.properties = properties;
	}

	public Optional<MarketAlert> detect(Tick tick) {
		MarketProperties.Thresholds own = properties.symbols().get(tick.symbol());
		BigDecimal high = own != null && own.high() != null ? own.high() : properties.high();
		BigDecimal low = own != null && own.low() != null ? own.low() : properties.low();
		if (tick.price().compareTo(high) > 0) {
			return Optional.of(new MarketAlert(tick.symbol(), tick.price(), tick.timestamp(),
					MarketAlert.Direction.ABOVE_HIGH, high));
		}
		if (tick.price().compareTo(low) < 0) {
			return Optional.of(new MarketAlert(tick.symbol(), tick.price(), tick.timestamp(),
					MarketAlert.Direction.BELOW_LOW, low));
		}
		return Optional.empty();
	}

}
