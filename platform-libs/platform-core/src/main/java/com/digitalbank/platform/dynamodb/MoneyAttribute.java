package com.digitalbank.platform.dynamodb;

import java.math.BigDecimal;
import java.util.Objects;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An amount of money as a DynamoDB number and back. DynamoDB keeps numbers exact but
 * drops trailing zeros ({@code 1500.00} comes back as {@code 1500}), so reads restore the
 * two decimals. Nothing is ever rounded: an amount with cents below the cent, written or
 * read, is a bug and fails loudly instead of moving money.
 * <p>
 * For the values of conditions and update expressions, and attributes read one by one:
 * {@code MoneyAttribute.of(amount)}, {@code MoneyAttribute.amount(item.get("balance"))}.
 * Whole records go through {@link JsonItems}; a record that holds money keeps its two
 * decimals in its own constructor.
 */
public final class MoneyAttribute {

	private MoneyAttribute() {
	}

	public static final int SCALE = 2;

	public static AttributeValue of(BigDecimal amount) {
		Objects.requireNonNull(amount, "amount");
		return AttributeValue.fromN(exact(amount).toPlainString());
	}

	public static BigDecimal amount(AttributeValue value) {
		if (value == null || value.n() == null) {
			throw new IllegalArgumentException("Not a number attribute: " + value);
		}
		return exact(new BigDecimal(value.n()));
	}

	private static BigDecimal exact(BigDecimal amount) {
		try {
			return amount.setScale(SCALE);
		}
		catch (ArithmeticException ex) {
			throw new IllegalArgumentException(
					"An amount has at most " + SCALE + " decimals, not " + amount.toPlainString(), ex);
		}
	}

}
