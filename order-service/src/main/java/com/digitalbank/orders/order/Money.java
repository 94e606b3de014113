package com.digitalbank.orders.order;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts are {@link BigDecimal} with two decimals everywhere. Rounding is HALF_EVEN
 * (banker's rounding) so that many rounded lines do not drift upward in total. DynamoDB
 * drops trailing zeros, so amounts read back are rescaled here too.
 */
public final class Money {

	public static final int SCALE = 2;

	public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

	public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

	private Money() {
	}

	/** The amount with two decimals; null stays null (an optional amount). */
	public static BigDecimal of(BigDecimal amount) {
		return amount == null ? null : amount.setScale(SCALE, ROUNDING);
	}

	public static BigDecimal of(String amount) {
		return of(new BigDecimal(amount));
	}

}
