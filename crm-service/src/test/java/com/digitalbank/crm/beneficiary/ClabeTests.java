package com.digitalbank.crm.beneficiary;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClabeTests {

	private final BankCatalogue banks = new BankCatalogue();

	@Test
	void acceptsClabesWhoseCheckDigitMatches() {
		for (String valid : List.of("002010077777777771", "002180045645610026", "012180015555555550",
				"072180009876543213", "014180065432109873", "638180000112233442", "646180157000000004")) {
			assertThat(new Clabe(valid).value()).isEqualTo(valid);
		}
	}

	@Test
	void refusesAMistypedDigitASwapAndTheWrongLength() {
		for (String invalid : List.of("002010077777777772", "002010077777777717", "020010077777777771",
				"00201007777777777", "0020100777777777710", "00201007777777777a", "")) {
			assertThatThrownBy(() -> new Clabe(invalid)).as(invalid)
				.isInstanceOf(BeneficiaryRejectedException.InvalidClabe.class);
		}
	}

	@Test
	void namesTheBankFromTheFirstThreeDigits() {
		assertThat(banks.bankOf(new Clabe("002010077777777771"))).isEqualTo("Banamex");
		assertThat(banks.bankOf(new Clabe("012180015555555550"))).isEqualTo("BBVA México");
		assertThat(banks.bankOf(new Clabe("072180009876543213"))).isEqualTo("Banorte");
		assertThat(banks.bankOf(new Clabe("638180000112233442"))).isEqualTo("Nu México");
		assertThatThrownBy(() -> banks.bankOf(new Clabe("999180000112233440")))
			.isInstanceOf(BeneficiaryRejectedException.UnknownBank.class);
	}

	@Test
	void showsOnlyTheLastFourDigits() {
		assertThat(new Clabe("002010077777777771")).hasToString("CLABE ****7771");
	}

}
