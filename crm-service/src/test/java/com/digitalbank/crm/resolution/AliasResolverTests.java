package com.digitalbank.crm.resolution;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AliasResolverTests {

	private final AddressBook book = AddressBook
		.of(List.of(new Contact("mom", "María Guadalupe Hernández", List.of("mamá"), "MOTHER"),
				new Contact("bro", "Luis Fernando Martínez", List.of(), "BROTHER"),
				new Contact("landlord", "Roberto Ramírez", List.of("casero"), "LANDLORD"),
				new Contact("carlos-1", "Carlos Gómez", List.of(), "FRIEND"),
				new Contact("carlos-2", "Carlos Pérez", List.of(), "COLLEAGUE"),
				new Contact("uncle", "José Antonio Ruiz", List.of("tío Pepe"), "UNCLE"),
				new Contact("grandma", "Carmen Ruiz", List.of(), "GRANDMOTHER")), Lexicon.standard());

	private final AliasResolver resolver = new AliasResolver();

	@Test
	void anAliasWithoutItsAccentsIsExact() {
		Resolution resolution = resolver.resolve(book, "a mi mama");

		assertThat(resolution.match()).isEqualTo(Match.EXACT);
		assertThat(resolution.candidates()).singleElement().satisfies(candidate -> {
			assertThat(candidate.contactId()).isEqualTo("mom");
			assertThat(candidate.matchedAlias()).isEqualTo("mamá");
			assertThat(candidate.score()).isEqualTo(1.0);
		});
	}

	@Test
	void aRelationshipSynonymInEitherLanguageIsConfident() {
		for (String query : List.of("madre", "to my mom", "mi jefecita", "mamita")) {
			assertThat(resolver.resolve(book, query)).as(query).satisfies(resolution -> {
				assertThat(resolution.match()).isEqualTo(Match.CONFIDENT);
				assertThat(resolution.candidates().getFirst().contactId()).isEqualTo("mom");
			});
		}
	}

	@Test
	void typosAndNicknamesFindTheOnePersonTheyFit() {
		assertThat(top(resolver.resolve(book, "hermnao"))).isEqualTo("bro");
		assertThat(top(resolver.resolve(book, "Robeto"))).isEqualTo("landlord");
		assertThat(top(resolver.resolve(book, "Pepe"))).isEqualTo("uncle");
		assertThat(resolver.resolve(book, "Pepe").candidates().getFirst().reason()).contains("alias");
	}

	@Test
	void twoPeopleWithTheNameSaidAreAmbiguousWithBoth() {
		Resolution resolution = resolver.resolve(book, "Carlos");

		assertThat(resolution.match()).isEqualTo(Match.AMBIGUOUS);
		assertThat(resolution.candidates()).extracting(Candidate::contactId)
			.containsExactlyInAnyOrder("carlos-1", "carlos-2");
	}

	@Test
	void aSecondWordDecidesBetweenLookAlikes() {
		assertThat(resolver.resolve(book, "Carlos Pérez").match()).isEqualTo(Match.EXACT);
		assertThat(top(resolver.resolve(book, "mi amigo Carlos"))).isEqualTo("carlos-1");
	}

	@Test
	void aKnownWordIsNeverReadAsATypoOfAnother() {
		assertThat(resolver.resolve(book, "mi abuelo").match()).isEqualTo(Match.NONE);
		assertThat(resolver.resolve(book, "Carla").match()).isEqualTo(Match.NONE);
	}

	@Test
	void strangersOtherRelationshipsAndEmptyWordsAreNone() {
		for (String query : List.of("Pedro Infante", "mi sobrino", "mi hermano Pedro", "para el", "¿?", "   ")) {
			assertThat(resolver.resolve(book, query).match()).as(query).isEqualTo(Match.NONE);
		}
	}

	@Test
	void anEmptyAddressBookResolvesNobody() {
		assertThat(resolver.resolve(AddressBook.of(List.of(), Lexicon.standard()), "mamá").match())
			.isEqualTo(Match.NONE);
	}

	private static String top(Resolution resolution) {
		assertThat(resolution.isDecisive()).as(resolution.toString()).isTrue();
		return resolution.candidates().getFirst().contactId();
	}

}
