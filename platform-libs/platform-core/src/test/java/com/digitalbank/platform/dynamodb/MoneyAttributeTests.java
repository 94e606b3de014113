package com.digitalbank.platform.dynamodb;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbConvertedBy;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class MoneyAttributeTests {

	@Test
	void writesAnExactNumber() {
		assertThat(MoneyAttribute.of(new BigDecimal("1500.50"))).isEqualTo(AttributeValue.fromN("1500.50"));
		assertThat(MoneyAttribute.of(new BigDecimal("7"))).isEqualTo(AttributeValue.fromN("7.00"));
		assertThat(MoneyAttribute.of(new BigDecimal("1E+3"))).isEqualTo(AttributeValue.fromN("1000.00"));
	}

	@Test
	void readsBackTheTwoDecimalsDynamoDbDropped() {
		assertThat(MoneyAttribute.amount(AttributeValue.fromN("1500"))).isEqualTo(new BigDecimal("1500.00"))
			.hasScaleOf(2);
		assertThat(MoneyAttribute.amount(AttributeValue.fromN("10.5"))).hasToString("10.50");
		assertThat(MoneyAttribute.amount(AttributeValue.fromN("-0.1"))).hasToString("-0.10");
	}

	@Test
	void neverRoundsAwayACentFraction() {
		assertThatIllegalArgumentException().isThrownBy(() -> MoneyAttribute.of(new BigDecimal("1.001")));
		assertThatIllegalArgumentException().isThrownBy(() -> MoneyAttribute.amount(AttributeValue.fromN("1.005")));
	}

	@Test
	void refusesWhatIsNotAnAmount() {
		assertThatNullPointerException().isThrownBy(() -> MoneyAttribute.of(null));
		assertThatIllegalArgumentException().isThrownBy(() -> MoneyAttribute.amount(AttributeValue.fromS("1500")));
		assertThatIllegalArgumentException().isThrownBy(() -> MoneyAttribute.amount(null));
	}

	@Test
	void convertsForTheEnhancedClient() {
		TableSchema<Priced> schema = TableSchema.fromBean(Priced.class);
		Priced priced = new Priced();
		priced.setId("purchase-42");
		priced.setAmount(new BigDecimal("899.9"));

		assertThat(schema.itemToMap(priced, true)).containsEntry("amount", AttributeValue.fromN("899.90"));
		assertThat(schema
			.mapToItem(Map.of("id", AttributeValue.fromS("purchase-42"), "amount", AttributeValue.fromN("899.9")))
			.getAmount()).hasToString("899.90");
	}

	@DynamoDbBean
	public static class Priced {

		private String id;

		private BigDecimal amount;

		@DynamoDbPartitionKey
		public String getId() {
			return id;
		}

		public void setId(String id) {
			this.id = id;
		}

		@DynamoDbConvertedBy(MoneyAttribute.class)
		public BigDecimal getAmount() {
			return amount;
		}

		public void setAmount(BigDecimal amount) {
			this.amount = amount;
		}

	}

}
