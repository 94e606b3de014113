package com.digitalbank.crm.beneficiary.web;

import java.time.Instant;
import java.util.List;

import com.digitalbank.crm.beneficiary.Beneficiary;
import com.digitalbank.crm.beneficiary.BeneficiaryDetails;
import com.digitalbank.crm.beneficiary.BeneficiaryId;
import com.digitalbank.crm.beneficiary.BeneficiaryManagement;
import com.digitalbank.crm.beneficiary.BeneficiaryNotFoundException;
import com.digitalbank.crm.beneficiary.BeneficiaryRejectedException;
import com.digitalbank.crm.beneficiary.BeneficiaryResolution;
import com.digitalbank.crm.beneficiary.Relationship;
import com.digitalbank.crm.resolution.Candidate;
import com.digitalbank.crm.resolution.Match;
import com.digitalbank.crm.resolution.Resolution;
import com.digitalbank.platform.test.PlatformWebMvcTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.digitalbank.platform.test.Callers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

@PlatformWebMvcTest({ BeneficiaryController.class, ResolutionController.class })
class BeneficiaryControllerTests {

	private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	BeneficiaryManagement beneficiaries;

	@MockitoBean
	BeneficiaryResolution resolution;

	@Test
	void addsABeneficiaryAndSaysWhereItIs() {
		given(beneficiaries.add(eq("user-1"), any(BeneficiaryDetails.class))).willReturn(mother());

		MvcTestResult result = post("""
				{"name":"María Guadalupe","aliases":["mamá"],"relationship":"MOTHER","clabe":"002010077777777771"}""");

		assertThat(result).hasStatus(HttpStatus.CREATED)
			.hasHeader("Location", "/v1/beneficiaries/ben-1")
			.bodyJson()
			.isStrictlyEqualTo("""
					{"beneficiaryId":"ben-1","name":"María Guadalupe","aliases":["mamá"],"relationship":"MOTHER",
					 "clabe":"002010077777777771","bank":"Banamex","accountId":null,
					 "createdAt":"2026-11-23T10:00:00Z","updatedAt":"2026-11-23T10:00:00Z"}
					""");
	}

	@Test
	void refusesAClabeWithAWrongCheckDigitBeforeStoringAnything() {
		assertProblem(post("""
				{"name":"X","relationship":"OTHER","clabe":"002010077777777772"}"""), HttpStatus.BAD_REQUEST,
				"INVALID_CLABE");
		verifyNoInteractions(beneficiaries);
	}

	@Test
	void refusesOverlongNamesAndAliasesAndControlCharacters() {
		MvcTestResult overlong = post("{\"name\":\"" + "x".repeat(101) + "\",\"aliases\":[\"" + "a".repeat(51)
				+ "\"],\"relationship\":\"OTHER\",\"accountId\":\"acc-1\"}");

		assertProblem(overlong, HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
		assertThat(overlong).bodyJson().extractingPath("$.errors[*].field").asArray().contains("name");
		assertProblem(post("{\"name\":\"a\\u0007b\",\"relationship\":\"OTHER\",\"accountId\":\"acc-1\"}"),
				HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
		verifyNoInteractions(beneficiaries);
	}

	@Test
	void anotherUsersBeneficiaryIsNotFound() {
		given(beneficiaries.find("user-1", new BeneficiaryId("ben-9")))
			.willThrow(new BeneficiaryNotFoundException(new BeneficiaryId("ben-9")));

		assertThat(mvc.get().uri("/v1/beneficiaries/ben-9").with(user("user-1"))).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{"status":404,"code":"BENEFICIARY_NOT_FOUND","detail":"Beneficiary ben-9 was not found.",
					 "type":"https://docs.digitalbank.example/problems/beneficiary-not-found"}
					""");
	}

	@Test
	void aTakenAliasIsAConflict() {
		given(beneficiaries.add(eq("user-1"), any(BeneficiaryDetails.class)))
			.willThrow(new BeneficiaryRejectedException.AliasTaken("mamá"));

		assertProblem(post("{\"name\":\"X\",\"aliases\":[\"mamá\"],\"relationship\":\"OTHER\",\"accountId\":\"a-1\"}"),
				HttpStatus.CONFLICT, "ALIAS_TAKEN");
	}

	@Test
	void answersAResolutionWithItsCandidates() {
		given(resolution.resolve("user-1", "Carlos")).willReturn(new Resolution(Match.AMBIGUOUS,
				List.of(new Candidate("ben-1", "Carlos Gómez", 0.97, "Carlos Gómez", "name \"carlos\""),
						new Candidate("ben-2", "Carlos Pérez", 0.97, "Carlos Pérez", "name \"carlos\""))));

		assertThat(mvc.get().uri("/v1/beneficiaries/resolve?alias=Carlos").with(user("user-1"))).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"match":"AMBIGUOUS","candidates":[
					 {"beneficiaryId":"ben-1","name":"Carlos Gómez","score":0.97,"matchedAlias":"Carlos Gómez",
					  "reason":"name \\"carlos\\""},
					 {"beneficiaryId":"ben-2","name":"Carlos Pérez","score":0.97,"matchedAlias":"Carlos Pérez",
					  "reason":"name \\"carlos\\""}]}
					""");
	}

	@Test
	void refusesAResolutionOfNothingOrOfTooMuch() {
		assertProblem(mvc.get().uri("/v1/beneficiaries/resolve?alias=").with(user("user-1")).exchange(),
				HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
		assertProblem(mvc.get().uri("/v1/beneficiaries/resolve").with(user("user-1")).exchange(),
				HttpStatus.BAD_REQUEST, "MISSING_PARAMETER");
		assertProblem(
				mvc.get().uri("/v1/beneficiaries/resolve?alias={a}", "a".repeat(101)).with(user("user-1")).exchange(),
				HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
		verifyNoInteractions(resolution);
	}

	private MvcTestResult post(String json) {
		return mvc.post()
			.uri("/v1/beneficiaries")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.with(user("user-1"))
			.exchange();
	}

	private static void assertProblem(MvcTestResult result, HttpStatus status, String code) {
		assertThat(result).hasStatus(status)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("{\"status\":%d,\"code\":\"%s\"}".formatted(status.value(), code));
	}

	private static Beneficiary mother() {
		return new Beneficiary(new BeneficiaryId("ben-1"), "user-1", "María Guadalupe", List.of("mamá"),
				Relationship.MOTHER, "002010077777777771", "Banamex", null, AT, AT, 1);
	}

}
