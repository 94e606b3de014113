package com.digitalbank.crm.resolution;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTests {

	@Test
	void foldsCaseAccentsPossessivesAndPunctuation() {
		assertThat(Words.of("¡A mi MAMÁ!")).containsExactly("a", "mi", "mama");
		assertThat(Words.of("Mom's")).containsExactly("mom");
		assertThat(Words.of("Núñez-Ibáñez, Sr.")).containsExactly("nunez", "ibanez", "sr");
		assertThat(Words.of("\t\u0007")).isEmpty();
	}

	@Test
	void derivesTheWordsADiminutiveComesFrom() {
		assertThat(Diminutives.basesOf("juanito")).contains("juan");
		assertThat(Diminutives.basesOf("carlitos")).containsExactly("carlos");
		assertThat(Diminutives.basesOf("paquito")).contains("paco");
		assertThat(Diminutives.basesOf("carmencita")).contains("carmen");
		assertThat(Diminutives.basesOf("danielita").getFirst()).isEqualTo("daniela");
		assertThat(Diminutives.basesOf("ana")).isEmpty();
	}

}
