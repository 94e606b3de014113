package com.digitalbank.platform.logging;

import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.WithLocalStack;
import com.digitalbank.platform.testapp.PlatformTestApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@WithLocalStack
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LogMaskingIntegrationTests {

	private static final String ACCOUNT = "4455667788";

	private static final String CLABE = "002010077777777771";

	private static final String EMAIL = "ana.lopez@example.com";

	private static final String CARD = "4111 1111 1111 1111";

	@LocalServerPort
	int port;

	@Test
	void loggedLinesNeverHoldFullAccountNumbersClabesCardsOrEmails(CapturedOutput output) {
		ApiClient.on(port)
			.as("user-123")
			.header("X-Correlation-Id", "masking-check")
			.post("/test/log", "{\"email\":\"" + EMAIL + "\",\"account\":\"" + ACCOUNT + "\",\"clabe\":\"" + CLABE
					+ "\",\"card\":\"" + CARD + "\",\"balance\":\"15000.00\"}");

		String all = output.getAll();
		assertThat(all).as("no captured line holds them, whoever logged it")
			.doesNotContain(ACCOUNT)
			.doesNotContain(CLABE)
			.doesNotContain(EMAIL)
			.doesNotContain(CARD)
			.doesNotContain(CARD.replace(" ", ""))
			.doesNotContain("15000.00");
		String line = all.lines()
			.filter(l -> l.contains("masking-check"))
			.filter(l -> l.contains("paid"))
			.findFirst()
			.orElseThrow();
		assertThat(line).contains("7788").contains("7771").contains("1111").contains("a***@example.com");
		JsonNode json = JsonMapper.builder().build().readTree(line);
		assertThat(json.get("correlationId").asString()).isEqualTo("masking-check");
		assertThat(json.get("level").asString()).isEqualTo("INFO");
	}

	@Test
	void stackTracesAreMaskedToo(CapturedOutput output) {
		ApiClient.on(port)
			.as("user-123")
			.header("X-Correlation-Id", "masking-trace")
			.post("/test/transfers", "{\"fromAccountId\":\"a\",\"amount\":1,\"description\":\"explode\"}");

		String all = output.getAll();
		assertThat(all).as("no captured line holds it, stack traces included").doesNotContain("012345678901234567");
		String line = all.lines()
			.filter(l -> l.contains("masking-trace"))
			.filter(l -> l.contains("boom"))
			.findFirst()
			.orElseThrow();
		assertThat(line).contains("**************4567").contains("\\tat com.digitalbank");
	}

}
