package com.digitalbank.crm.beneficiary;

import com.digitalbank.crm.resolution.AddressBook;
import com.digitalbank.crm.resolution.AliasResolver;
import com.digitalbank.crm.resolution.Contact;
import com.digitalbank.crm.resolution.Lexicon;
import com.digitalbank.crm.resolution.Resolution;
import org.springframework.stereotype.Service;

/**
 * Resolves what a user calls someone against that user's beneficiaries only: the address
 * book is read (strongly consistent) and indexed per request, so a beneficiary added a
 * moment ago is found and nothing is kept between requests or instances.
 */
@Service
public class BeneficiaryResolution {

	private final BeneficiaryManagement beneficiaries;

	private final AliasResolver resolver = new AliasResolver();

	BeneficiaryResolution(BeneficiaryManagement beneficiaries) {
		this.beneficiaries = beneficiaries;
	}

	public Resolution resolve(String userId, String alias) {
		AddressBook book = AddressBook.of(beneficiaries.all(userId)
			.stream()
			.map(b -> new Contact(b.beneficiaryId().value(), b.name(), b.aliases(), b.relationship().name()))
			.toList(), Lexicon.standard());
		return resolver.resolve(book, alias);
	}

}
