package com.digitalbank.platform.logging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PiiMaskerTests {

	@Test
	void masksEmailAddressesKeepingTheDomain() {
		assertThat(PiiMasker.mask("mail ana.lopez+bank@example.com.mx now")).isEqualTo("mail a***@example.com.mx now");
	}

	@Test
	void keepsTheLastFourDigitsOfAClabe() {
		assertThat(PiiMasker.mask("CLABE 002010077777777771")).isEqualTo("CLABE **************7771");
	}

	@Test
	void masksCardNumbersWrittenWithSpacesOrDashes() {
		assertThat(PiiMasker.mask("card 4111 1111 1111 1111")).isEqualTo("card ************1111");
		assertThat(PiiMasker.mask("card 4111-1111-1111-1111")).isEqualTo("card ************1111");
	}

	@Test
	void masksAccountNumbers() {
		assertThat(PiiMasker.mask("from account 1234567890")).isEqualTo("from account ******7890");
	}

	@Test
	void masksBalancesInTextAndJson() {
		assertThat(PiiMasker.mask("balance=15000.50 ok")).isEqualTo("balance=*** ok");
		assertThat(PiiMasker.mask("{\"balanceAfter\":1500.00,\"currency\":\"MXN\"}"))
			.isEqualTo("{\"balanceAfter\":***,\"currency\":\"MXN\"}");
	}

	@Test
	void leavesOrdinaryTextAlone() {
		String line = "Transfer 3f1c1f9e-8a39-4c4e-9a61-3a4f6f0b1a11 of 1500.00 MXN took 35 ms at 2026-11-23T10:00:00Z";

		assertThat(PiiMasker.mask(line)).isEqualTo(line);
	}

	@Test
	void leavesAUuidWholeEvenWhenAGroupIsAllDigits() {
		String line = "correlation traced-56781028-1c6c-4b6c-a5fb-1c100099a195, transfer 12345678-1234-4123-8123-123456789012";

		assertThat(PiiMasker.mask(line)).isEqualTo(line);
	}

	@Test
	void stillMasksAnAccountNumberBesideAUuid() {
		assertThat(PiiMasker.mask("3f1c1f9e-8a39-4c4e-9a61-3a4f6f0b1a11 from 1234567890"))
			.isEqualTo("3f1c1f9e-8a39-4c4e-9a61-3a4f6f0b1a11 from ******7890");
	}

	@Test
	void copesWithNullAndEmpty() {
		assertThat(PiiMasker.mask(null)).isNull();
		assertThat(PiiMasker.mask("")).isEmpty();
	}

}
