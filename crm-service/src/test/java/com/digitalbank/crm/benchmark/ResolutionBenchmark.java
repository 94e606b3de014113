package com.digitalbank.crm.benchmark;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.digitalbank.crm.CrmIntegrationTest;
import com.digitalbank.crm.beneficiary.BeneficiaryDetails;
import com.digitalbank.crm.beneficiary.BeneficiaryManagement;
import com.digitalbank.crm.beneficiary.Relationship;
import com.digitalbank.crm.resolution.AddressBook;
import com.digitalbank.crm.resolution.AliasResolver;
import com.digitalbank.crm.resolution.Contact;
import com.digitalbank.crm.resolution.Lexicon;
import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test: {@code ./mvnw -pl crm-service -am test -Pbenchmark}. Resolutions per second
 * in-process on one thread over a 200-entry address book (index built once, then queries
 * of every kind), the cost of building that index, and the latency of
 * {@code GET /v1/beneficiaries/resolve} through REST at 16 clients for a user with 200
 * beneficiaries (each request reads them from DynamoDB Local and indexes them). Results
 * go to stdout and {@code target/benchmark/resolution.md}.
 */
class ResolutionBenchmark extends CrmIntegrationTest {

	private static final String[] GIVEN = { "María", "José", "Luis", "Ana", "Carlos", "Guadalupe", "Fernando", "Sofía",
			"Roberto", "Daniela", "Daniel", "Mariana", "Diego", "Valentina", "Francisco", "Guillermo", "Jesús",
			"Alejandra", "Ricardo", "Rosa", "Andrés", "Andrea", "Alberto", "Mario", "Ignacio", "Gonzalo", "Carmen",
			"Michael", "Sarah", "William", "Katherine", "Robert", "Patricia", "Javier", "Lucía", "Pedro", "Elena",
			"Jorge", "Laura", "Miguel" };

	private static final String[] SURNAMES = { "Hernández", "Martínez", "López", "García", "Pérez", "Gómez", "Sánchez",
			"Ramírez", "Torres", "Flores", "Rivera", "Díaz", "Cruz", "Morales", "Reyes", "Ortega", "Ruiz", "Vázquez",
			"Castro", "Méndez", "Johnson", "Miller", "Brown", "Anderson", "Thompson" };

	private static final String[] ALIASES = { "mamá", "papá", "casero", "Fer", "Sofi", "tío Pepe", "Lupita", "Charly",
			"Beto", "Chuy", "dentista", "vecina", "Paco", "Memo", "Vale", "Dani", "abuelita", "suegra", "jardinero",
			"plomero" };

	private static final String[] QUERIES = { "a mi mamá", "to my mom", "hermnao", "Robeto", "Carlos", "Carlos Pérez",
			"mi jefa", "Lupita", "Pepe", "para el casero", "Guillremo", "my brother", "Martínez", "Pedro Infante",
			"mi abuelo", "Sofía la vecina", "Thomson", "mi hermano Luis", "Valnetina", "xyz" };

	private static final int CLIENTS = 16;

	@Autowired
	BeneficiaryManagement beneficiaries;

	@Test
	void resolution() throws Exception {
		List<Contact> contacts = addressBook(200);
		StringBuilder report = new StringBuilder("# Resolution benchmark\n\n");
		inProcess(contacts, report);
		overRest(contacts, report);
		System.out.println(report);
		Path file = Path.of("target", "benchmark", "resolution.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, report);
	}

	private void inProcess(List<Contact> contacts, StringBuilder report) {
		AliasResolver resolver = new AliasResolver();
		AddressBook book = AddressBook.of(contacts, Lexicon.standard());
		run(resolver, book, 200_000);
		long start = System.nanoTime();
		int resolutions = 1_000_000;
		int decisive = run(resolver, book, resolutions);
		double seconds = (System.nanoTime() - start) / 1e9;
		for (int i = 0; i < 2_000; i++) {
			AddressBook.of(contacts, Lexicon.standard());
		}
		long built = System.nanoTime();
		for (int i = 0; i < 2_000; i++) {
			AddressBook.of(contacts, Lexicon.standard());
		}
		double buildMicros = (System.nanoTime() - built) / 1e3 / 2_000;
		report.append(
				"In process, one thread, 200 entries, %d queries of %d kinds: **%,.0f resolutions/s** (%.1f µs each, %d decisive); building the index of 200 entries: %.0f µs\n\n"
					.formatted(resolutions, QUERIES.length, resolutions / seconds, seconds * 1e6 / resolutions,
							decisive, buildMicros));
	}

	private static int run(AliasResolver resolver, AddressBook book, int count) {
		int decisive = 0;
		for (int i = 0; i < count; i++) {
			if (resolver.resolve(book, QUERIES[i % QUERIES.length]).isDecisive()) {
				decisive++;
			}
		}
		return decisive;
	}

	private void overRest(List<Contact> contacts, StringBuilder report) throws Exception {
		String user = newUser();
		for (int i = 0; i < contacts.size(); i++) {
			Contact contact = contacts.get(i);
			beneficiaries.add(user, new BeneficiaryDetails(contact.name(), contact.aliases(),
					Relationship.valueOf(contact.relationship()), null, "acc-bench-" + i));
		}
		ApiClient api = api(user);
		measure(api, 400);
		int requests = 3_200;
		long start = System.nanoTime();
		long[] latencies = measure(api, requests);
		double seconds = (System.nanoTime() - start) / 1e9;
		Arrays.sort(latencies);
		report.append(
				"REST `GET /v1/beneficiaries/resolve`, %d clients, 200 beneficiaries, %d requests: %.0f/s, p50 %.1f ms, p99 %.1f ms\n"
					.formatted(CLIENTS, requests, requests / seconds, latencies[requests / 2] / 1e6,
							latencies[requests * 99 / 100] / 1e6));
	}

	private static long[] measure(ApiClient api, int requests) throws Exception {
		long[] latencies = new long[requests];
		try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
			List<Future<?>> done = new ArrayList<>();
			for (int c = 0; c < CLIENTS; c++) {
				int client = c;
				done.add(clients.submit(() -> {
					for (int i = client; i < requests; i += CLIENTS) {
						String query = URLEncoder.encode(QUERIES[i % QUERIES.length], StandardCharsets.UTF_8);
						long start = System.nanoTime();
						ApiResponse response = api.get("/v1/beneficiaries/resolve?alias=" + query);
						latencies[i] = System.nanoTime() - start;
						assertThat(response.status()).as(response.body()).isEqualTo(200);
					}
					return null;
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		return latencies;
	}

	/**
	 * Names, aliases and relationships drawn with a fixed seed: the same book every run.
	 */
	private static List<Contact> addressBook(int size) {
		Random random = new Random(42);
		Relationship[] relationships = Relationship.values();
		List<Contact> contacts = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			String name = GIVEN[random.nextInt(GIVEN.length)] + " " + SURNAMES[random.nextInt(SURNAMES.length)] + " "
					+ SURNAMES[random.nextInt(SURNAMES.length)];
			List<String> aliases = i < ALIASES.length ? List.of(ALIASES[i]) : List.of();
			contacts
				.add(new Contact("c" + i, name, aliases, relationships[random.nextInt(relationships.length)].name()));
		}
		return contacts;
	}

}
