package com.digitalbank.crm.beneficiary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Mexican banks by the code a CLABE starts with, from
 * {@code banks/mexican-bank-codes.csv}. A CLABE whose code no bank has is refused: its
 * digits add up, but it reaches nobody.
 */
@Component
public class BankCatalogue {

	private static final String FILE = "/banks/mexican-bank-codes.csv";

	private final Map<String, String> banks;

	public BankCatalogue() {
		this.banks = load();
	}

	/** The bank that keeps the CLABE's account. */
	public String bankOf(Clabe clabe) {
		String bank = banks.get(clabe.bankCode());
		if (bank == null) {
			throw new BeneficiaryRejectedException.UnknownBank(clabe.bankCode());
		}
		return bank;
	}

	private static Map<String, String> load() {
		try (InputStream in = BankCatalogue.class.getResourceAsStream(FILE)) {
			Map<String, String> banks = new HashMap<>();
			new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.split(";", 2))
				.forEach(cells -> banks.put(cells[0].strip(), cells[1].strip()));
			return Map.copyOf(banks);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
