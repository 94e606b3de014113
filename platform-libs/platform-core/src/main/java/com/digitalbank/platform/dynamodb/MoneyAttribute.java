package com.digitalbank.platform.dynamodb;

import java.math.BigDecimal;
import java.util.Objects;

import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An amount of money as a DynamoDB number and back. DynamoDB keeps numbers exact but
 * drops trailing zeros ({@code 1500.00} comes back as {@code 1500}), so reads restore the
 * two decimals. Nothing is ever rounded: an amount with cents below the cent, written or
 * read, is a bug and fails loudly instead of moving money.
 * <p>
 * With the low-level client: {@code MoneyAttribute.of(amount)} and
 * {@code MoneyAttribute.amount(item.get("balance"))}. With the enhanced client:
 * {@code @DynamoDbConvertedBy(MoneyAttribute.class)} on the getter.
 */
public final class MoneyAttribute implements AttributeConverter<BigDecimal> {

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

	@Override
	public AttributeValue transformFrom(BigDecimal input) {
		return of(input);
	}

	@Override
	public BigDecimal transformTo(AttributeValue input) {
		return amount(input);
	}

	@Override
	public EnhancedType<BigDecimal> type() {
		return EnhancedType.of(BigDecimal.class);
	}

	@Override
	public AttributeValueType attributeValueType() {
		return AttributeValueType.N;
	}

}
