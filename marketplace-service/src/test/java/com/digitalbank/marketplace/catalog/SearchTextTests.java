package com.digitalbank.marketplace.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTests {

	@Test
	void ignoresCaseAccentsAndRepeatedSpaces() {
		assertThat(SearchText.normalize("  Audífonos   INALÁMBRICOS ")).isEqualTo("audifonos inalambricos");
		assertThat(SearchText.normalize("Pedro Páramo")).isEqualTo("pedro paramo");
	}

	@Test
	void matchesWhenEveryWordOfTheQueryIsInTheText() {
		assertThat(SearchText.matches("Audífonos inalámbricos", "AUDIFONOS")).isTrue();
		assertThat(SearchText.matches("Audífonos inalámbricos", "inalambricos audi")).isTrue();
		assertThat(SearchText.matches("Audífonos inalámbricos", "audifonos cable")).isFalse();
	}

}
