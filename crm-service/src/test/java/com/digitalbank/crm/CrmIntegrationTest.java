package com.digitalbank.crm;

import java.util.List;
import java.util.UUID;

import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import com.digitalbank.platform.test.WithLocalStack;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the crm integration tests: one application context against the local stack, and
 * users no other test uses.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class CrmIntegrationTest {

	/** Valid CLABEs of several banks (check digits computed as banks do). */
	protected static final List<String> CLABES = List.of("002010077777777771", "002180045645610026",
			"002180045645610013", "012180015555555550", "072180009876543213", "014180065432109873",
			"638180000112233442");

	@LocalServerPort
	protected int port;

	protected static String newUser() {
		return "user-" + UUID.randomUUID();
	}

	protected ApiClient api(String userId) {
		return ApiClient.on(port).as(userId);
	}

	/** Adds a beneficiary through the API and returns its id. */
	protected String add(String userId, String body) {
		ApiResponse added = api(userId).post("/v1/beneficiaries", body);
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		return added.json("$.beneficiaryId");
	}

	protected static String body(String name, String aliases, String relationship, String clabe, String accountId) {
		return "{\"name\":\"" + name + "\",\"aliases\":[" + aliases + "],\"relationship\":\"" + relationship + "\""
				+ (clabe == null ? "" : ",\"clabe\":\"" + clabe + "\"")
				+ (accountId == null ? "" : ",\"accountId\":\"" + accountId + "\"") + "}";
	}

	/** A problem response with this status and code. */
	protected static void assertProblem(ApiResponse response, int status, String code) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.<String>json("$.code")).isEqualTo(code);
	}

}
