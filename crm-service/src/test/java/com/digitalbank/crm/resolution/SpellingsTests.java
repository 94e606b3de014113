package com.digitalbank.crm.resolution;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpellingsTests {

	@Test
	void givesNamesSpeltOtherwiseButSaidTheSameOneKey() {
		assertThat(Spellings.key("katie")).isEqualTo(Spellings.key("caty"));
		assertThat(Spellings.key("sophia")).isEqualTo(Spellings.key("sofia"));
		assertThat(Spellings.key("martha")).isEqualTo(Spellings.key("marta"));
		assertThat(Spellings.key("emilie")).isEqualTo(Spellings.key("emily"));
	}

	@Test
	void keepsTheVowelsThatMakeAnotherName() {
		assertThat(Spellings.key("emilio")).isNotEqualTo(Spellings.key("emilia"));
		assertThat(Spellings.key("memo")).isNotEqualTo(Spellings.key("mama"));
		assertThat(Spellings.key("mario")).isNotEqualTo(Spellings.key("maria"));
	}

	@Test
	void hasNoKeyForShortWords() {
		assertThat(Spellings.key("tim")).isNull();
	}

}
