package com.digitalbank.crm.demo;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.digitalbank.crm.beneficiary.Beneficiary;
import com.digitalbank.crm.beneficiary.BeneficiaryDetails;
import com.digitalbank.crm.beneficiary.BeneficiaryManagement;
import com.digitalbank.crm.beneficiary.Clabe;
import com.digitalbank.crm.beneficiary.Relationship;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo address books under {@code ./dev up}. user-123's mother ("mamá"), brother and
 * landlord bank with us: their {@code accountId}s are banking's demo accounts (mother and
 * brother user-456's two, the landlord user-789's), so "send 500 to mamá" moves real demo
 * money; a friend at BBVA has only a CLABE. user-456 has a few too. A beneficiary whose
 * name the user already has is left alone, so a restart adds nothing twice.
 */
@Component
@Profile("local")
class DemoBeneficiaries implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoBeneficiaries.class);

	record Demo(String user, String name, List<String> aliases, Relationship relationship, String clabe,
			String accountId) {
	}

	static final List<Demo> DEMOS = List.of(
			new Demo("user-123", "María Guadalupe Hernández Ruiz", List.of("mamá"), Relationship.MOTHER,
					"002180045645610026", "acc-456-savings"),
			new Demo("user-123", "Luis Fernando Martínez Hernández", List.of("Fer", "mi carnal"), Relationship.BROTHER,
					"002180045645610013", "acc-456-checking"),
			new Demo("user-123", "Roberto Ramírez Torres", List.of("casero", "renta"), Relationship.LANDLORD, null,
					"acc-789-checking"),
			new Demo("user-123", "Sofía Reyes Campos", List.of("Sofi"), Relationship.FRIEND, "012180015555555550",
					null),
			new Demo("user-456", "Juan Carlos Pérez Luna", List.of("Juanca"), Relationship.FRIEND, "002180012345610016",
					"acc-123-checking"),
			new Demo("user-456", "Rosa Díaz Fuentes", List.of("mamá", "jefa"), Relationship.MOTHER,
					"072180009876543213", null),
			new Demo("user-456", "Andrés Díaz Fuentes", List.of(), Relationship.BROTHER, "014180065432109873", null));

	private final BeneficiaryManagement beneficiaries;

	DemoBeneficiaries(BeneficiaryManagement beneficiaries) {
		this.beneficiaries = beneficiaries;
	}

	@Override
	public void run(ApplicationArguments args) {
		int added = 0;
		for (String user : DEMOS.stream().map(Demo::user).collect(Collectors.toCollection(java.util.TreeSet::new))) {
			Set<String> existing = beneficiaries.all(user).stream().map(Beneficiary::name).collect(Collectors.toSet());
			for (Demo demo : DEMOS) {
				if (demo.user().equals(user) && !existing.contains(demo.name())) {
					beneficiaries.add(user, new BeneficiaryDetails(demo.name(), demo.aliases(), demo.relationship(),
							demo.clabe() == null ? null : new Clabe(demo.clabe()), demo.accountId()));
					added++;
				}
			}
		}
		log.info("Demo beneficiaries ready: {} added", added);
	}

}
