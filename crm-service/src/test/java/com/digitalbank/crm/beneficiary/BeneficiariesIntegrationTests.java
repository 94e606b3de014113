package com.digitalbank.crm.beneficiary;

import java.util.List;
import java.util.UUID;

import com.digitalbank.crm.CrmIntegrationTest;
import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BeneficiariesIntegrationTests extends CrmIntegrationTest {

	@Test
	void addsReadsReplacesAndRemovesABeneficiary() {
		String user = newUser();
		ApiClient api = api(user);

		ApiResponse added = api.post("/v1/beneficiaries",
				body("María Guadalupe Hernández", "\"mamá\"", "MOTHER", CLABES.get(0), "acc-456-savings"));
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		String id = added.json("$.beneficiaryId");
		assertThat(added.header("Location")).isEqualTo("/v1/beneficiaries/" + id);
		assertThat(added.<String>json("$.bank")).isEqualTo("Banamex");
		assertThat(api.get("/v1/beneficiaries/" + id).<List<String>>json("$.aliases")).containsExactly("mamá");

		ApiResponse replaced = api.put("/v1/beneficiaries/" + id,
				body("María Guadalupe Hernández Ruiz", "\"mamá\",\"jefa\"", "MOTHER", CLABES.get(3), null));
		assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
		assertThat(replaced.<String>json("$.bank")).isEqualTo("BBVA México");
		assertThat(replaced.<String>json("$.accountId")).isNull();
		assertThat(api.get("/v1/beneficiaries/" + id).<List<String>>json("$.aliases")).containsExactly("mamá", "jefa");

		assertThat(api.delete("/v1/beneficiaries/" + id).status()).isEqualTo(204);
		assertProblem(api.get("/v1/beneficiaries/" + id), 404, "BENEFICIARY_NOT_FOUND");
		assertProblem(api.delete("/v1/beneficiaries/" + id), 404, "BENEFICIARY_NOT_FOUND");
	}

	@Test
	void anAliasOrClabeIsOneBeneficiarysPerUserAndFreedWhenGivenUp() {
		String user = newUser();
		String mother = add(user, body("Rosa Díaz", "\"Mamá\"", "MOTHER", CLABES.get(1), null));

		assertProblem(api(user).post("/v1/beneficiaries", body("Otra", "\"mama\"", "OTHER", CLABES.get(2), null)), 409,
				"ALIAS_TAKEN");
		assertProblem(api(user).post("/v1/beneficiaries", body("Otra", "\"tía\"", "OTHER", CLABES.get(1), null)), 409,
				"CLABE_TAKEN");
		assertThat(api(newUser()).post("/v1/beneficiaries", body("Otra", "\"mama\"", "OTHER", CLABES.get(1), null))
			.status()).as("another user may use both").isEqualTo(201);

		api(user).put("/v1/beneficiaries/" + mother, body("Rosa Díaz", "\"ma\"", "MOTHER", CLABES.get(2), null));
		assertThat(api(user).post("/v1/beneficiaries", body("Otra", "\"mamá\"", "OTHER", CLABES.get(1), null)).status())
			.as("alias and CLABE given up by the replacement")
			.isEqualTo(201);
		assertThat(api(user).get("/v1/beneficiaries").<List<String>>json("$.items[*].name"))
			.containsExactly("Rosa Díaz", "Otra");
	}

	@Test
	void ofConcurrentAddsWithOneAliasExactlyOneWins() throws Exception {
		String user = newUser();
		List<java.util.concurrent.Callable<Integer>> adds = new java.util.ArrayList<>();
		for (int i = 0; i < 8; i++) {
			String clabe = CLABES.get(i % CLABES.size());
			String name = "Person " + i;
			adds.add(() -> api(user).post("/v1/beneficiaries", body(name, "\"Lupe\"", "FRIEND", clabe, null)).status());
		}
		List<Integer> statuses = new java.util.ArrayList<>();
		try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
			for (var done : pool.invokeAll(adds)) {
				statuses.add(done.get());
			}
		}

		assertThat(statuses).as(statuses.toString()).containsOnlyOnce(201).containsOnly(201, 409);
		assertThat(api(user).get("/v1/beneficiaries").<List<?>>json("$.items")).hasSize(1);
	}

	@Test
	void refusesWhatCannotReachAnyone() {
		ApiClient api = api(newUser());

		assertProblem(api.post("/v1/beneficiaries", body("X", "", "OTHER", "002010077777777772", null)), 400,
				"INVALID_CLABE");
		assertProblem(api.post("/v1/beneficiaries", body("X", "", "OTHER", "999180000112233440", null)), 400,
				"UNKNOWN_BANK");
		assertProblem(api.post("/v1/beneficiaries", body("X", "", "OTHER", "12345", null)), 400, "VALIDATION_FAILED");
		assertProblem(api.post("/v1/beneficiaries", body("X", "", "OTHER", null, null)), 400, "DESTINATION_REQUIRED");
		assertProblem(api.post("/v1/beneficiaries", body("X", "\"Lupe\",\"lupe\"", "OTHER", CLABES.get(0), null)), 400,
				"DUPLICATE_ALIAS");
		assertProblem(api.post("/v1/beneficiaries", body("X", "", "COUSINS", CLABES.get(0), null)), 400,
				"MALFORMED_REQUEST");
		assertThat(api.get("/v1/beneficiaries").<List<?>>json("$.items")).isEmpty();
	}

	@Test
	void refusesOverlongAndControlCharacterInput() {
		ApiClient api = api(newUser());
		String eleven = String.join(",", java.util.Collections.nCopies(11, "\"a\""));

		assertProblem(api.post("/v1/beneficiaries", body("x".repeat(101), "", "OTHER", CLABES.get(0), null)), 400,
				"VALIDATION_FAILED");
		assertProblem(
				api.post("/v1/beneficiaries", body("X", "\"" + "a".repeat(51) + "\"", "OTHER", CLABES.get(0), null)),
				400, "VALIDATION_FAILED");
		assertProblem(api.post("/v1/beneficiaries", body("X", eleven, "OTHER", CLABES.get(0), null)), 400,
				"VALIDATION_FAILED");
		assertProblem(api.post("/v1/beneficiaries", body("Ana\\u0000", "", "OTHER", CLABES.get(0), null)), 400,
				"VALIDATION_FAILED");
		assertProblem(api.post("/v1/beneficiaries", body("X", "\"ma\\tma\"", "OTHER", CLABES.get(0), null)), 400,
				"VALIDATION_FAILED");
		assertProblem(api.post("/v1/beneficiaries", body("X", "\"!!\"", "OTHER", CLABES.get(0), null)), 400,
				"INVALID_ALIAS");
		assertProblem(api.get("/v1/beneficiaries/" + "b".repeat(5000)), 400, "INVALID_PARAMETER");
		assertThat(api.get("/v1/beneficiaries").<List<?>>json("$.items")).isEmpty();
	}

	@Test
	void anotherUsersBeneficiaryIsNotFoundNotListedNotChangedAndNotResolved() {
		String owner = newUser();
		String id = add(owner, body("Luis Fernando Martínez", "\"hermano\"", "BROTHER", CLABES.get(0), null));
		ApiClient stranger = api(newUser());

		assertProblem(stranger.get("/v1/beneficiaries/" + id), 404, "BENEFICIARY_NOT_FOUND");
		assertProblem(stranger.put("/v1/beneficiaries/" + id, body("Mine", "", "OTHER", CLABES.get(1), null)), 404,
				"BENEFICIARY_NOT_FOUND");
		assertProblem(stranger.delete("/v1/beneficiaries/" + id), 404, "BENEFICIARY_NOT_FOUND");
		assertThat(stranger.get("/v1/beneficiaries").<List<?>>json("$.items")).isEmpty();
		assertThat(stranger.get("/v1/beneficiaries/resolve?alias=hermano").<String>json("$.match")).isEqualTo("NONE");
		assertThat(api(owner).get("/v1/beneficiaries/" + id).<String>json("$.name"))
			.isEqualTo("Luis Fernando Martínez");
	}

	@Test
	void listsInCursorPagesInTheOrderAdded() {
		String user = newUser();
		for (int i = 0; i < 5; i++) {
			add(user, body("Person " + i, "", "FRIEND", CLABES.get(i), null));
		}

		ApiResponse first = api(user).get("/v1/beneficiaries?limit=2");
		ApiResponse second = api(user).get("/v1/beneficiaries?limit=2&cursor=" + first.json("$.nextCursor"));
		ApiResponse last = api(user).get("/v1/beneficiaries?limit=2&cursor=" + second.json("$.nextCursor"));

		assertThat(first.<List<String>>json("$.items[*].name")).containsExactly("Person 0", "Person 1");
		assertThat(second.<List<String>>json("$.items[*].name")).containsExactly("Person 2", "Person 3");
		assertThat(last.<List<String>>json("$.items[*].name")).containsExactly("Person 4");
		assertThat(last.<Object>json("$.nextCursor")).isNull();
		assertProblem(api(newUser()).get("/v1/beneficiaries?cursor=" + first.json("$.nextCursor")), 400,
				"INVALID_CURSOR");
		assertProblem(api(user).get("/v1/beneficiaries?limit=101"), 400, "VALIDATION_FAILED");
	}

	@Test
	void anAddRepeatedWithItsIdempotencyKeyIsAnsweredAsTheFirst() {
		String user = newUser();
		String key = UUID.randomUUID().toString();
		String request = body("Paco Torres", "\"Paco\"", "FRIEND", CLABES.get(4), null);

		ApiResponse first = api(user).header("Idempotency-Key", key).post("/v1/beneficiaries", request);
		ApiResponse again = api(user).header("Idempotency-Key", key).post("/v1/beneficiaries", request);
		ApiResponse other = api(user).header("Idempotency-Key", key)
			.post("/v1/beneficiaries", body("Other", "", "FRIEND", CLABES.get(5), null));

		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(again.status()).as(again.body()).isEqualTo(201);
		assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(again.<String>json("$.beneficiaryId")).isEqualTo(first.json("$.beneficiaryId"));
		assertProblem(other, 422, "IDEMPOTENCY_KEY_REUSED");
		assertThat(api(user).get("/v1/beneficiaries").<List<?>>json("$.items")).hasSize(1);
	}

	@Test
	void refusesABeneficiaryPastTheLimitUntilOneIsRemoved() {
		String user = newUser();
		String first = add(user, body("Person 0", "", "FRIEND", null, "acc-limit-0"));
		for (int i = 1; i < 200; i++) {
			add(user, body("Person " + i, "", "FRIEND", null, "acc-limit-" + i));
		}

		assertProblem(api(user).post("/v1/beneficiaries", body("One too many", "", "FRIEND", null, "acc-limit-x")), 409,
				"BENEFICIARY_LIMIT_REACHED");
		assertThat(
				api(newUser()).post("/v1/beneficiaries", body("Elsewhere", "", "FRIEND", null, "acc-limit-x")).status())
			.as("the limit is per user")
			.isEqualTo(201);
		assertThat(api(user).delete("/v1/beneficiaries/" + first).status()).isEqualTo(204);
		add(user, body("One too many", "", "FRIEND", null, "acc-limit-x"));
	}

}
