package com.digitalbank.crm;

import java.util.List;

import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.OpenApiDocument;
import com.digitalbank.platform.test.OpenApiDocument.Call;
import org.junit.jupiter.api.Test;

/**
 * Walks the published document and calls every operation once with demo-like data: the
 * answer is the success the document promises, so a generated client reads it.
 */
class OpenApiDocumentIntegrationTests extends CrmIntegrationTest {

	@Test
	void everyOperationAnswersItsDocumentedSuccess() {
		OpenApiDocument document = OpenApiDocument.validated(ApiClient.on(port).get("/v3/api-docs").body());
		String user = newUser();
		ApiClient api = api(user);
		String[] created = new String[1];

		document.assertCallsAnswerTheDocumentedSuccesses(List.of(new Call("POST /v1/beneficiaries", () -> {
			var answer = api.header("Idempotency-Key", "k-" + user)
				.post("/v1/beneficiaries",
						body("María Guadalupe Hernández", "\"mamá\"", "MOTHER", CLABES.get(0), "acc-456-savings"));
			created[0] = answer.json("$.beneficiaryId");
			return answer;
		}), new Call("GET /v1/beneficiaries", () -> api.get("/v1/beneficiaries")),
				new Call("GET /v1/beneficiaries/{beneficiaryId}", () -> api.get("/v1/beneficiaries/" + created[0])),
				new Call("GET /v1/beneficiaries/resolve", () -> api.get("/v1/beneficiaries/resolve?alias=mama")),
				new Call("PUT /v1/beneficiaries/{beneficiaryId}",
						() -> api.put("/v1/beneficiaries/" + created[0],
								body("María Guadalupe Hernández Ruiz", "\"mamá\"", "MOTHER", CLABES.get(0), null))),
				new Call("DELETE /v1/beneficiaries/{beneficiaryId}",
						() -> api.delete("/v1/beneficiaries/" + created[0]))));
	}

}
