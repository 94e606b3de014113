package com.digitalbank.banking;

import java.math.BigDecimal;
import java.util.UUID;

import com.digitalbank.client.banking.ApiClient;
import com.digitalbank.client.banking.api.TransfersApi;
import com.digitalbank.client.banking.model.TransferRequest;
import com.digitalbank.client.banking.model.TransferResponse;
import com.digitalbank.platform.test.TestTokens;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java client the build generates from the committed OpenAPI snapshot (see
 * {@link OpenApiSnapshotIntegrationTests}) makes a transfer over real HTTP and reads the
 * typed answer; the same {@code Idempotency-Key} replays the same transfer.
 */
class GeneratedClientIntegrationTests extends BankingIntegrationTest {

	@Test
	void transferWithAnIdempotencyKeyThroughTheGeneratedClient() throws Exception {
		String user = newUser();
		String from = openAccount(user, "100.00");
		String to = openAccount(newUser(), "0.00");
		String bearer = TestTokens.bearer(user, null);
		ApiClient client = new ApiClient().setScheme("http")
			.setHost("localhost")
			.setPort(port)
			.setBasePath("")
			.setRequestInterceptor((request) -> request.header("Authorization", bearer));
		TransfersApi transfers = new TransfersApi(client);
		TransferRequest request = new TransferRequest().fromAccountId(from)
			.toAccountId(to)
			.amount(new BigDecimal("25.50"))
			.currency("MXN")
			.description("generated client");
		String key = UUID.randomUUID().toString();

		TransferResponse created = transfers.createTransfer(key, request);
		TransferResponse replayed = transfers.createTransfer(key, request);

		assertThat(created.getStatus()).isEqualTo("COMPLETED");
		assertThat(created.getAmount()).isEqualByComparingTo("25.50");
		assertThat(created.getFromAccountId()).isEqualTo(from);
		assertThat(replayed.getTransferId()).isEqualTo(created.getTransferId());
		assertThat(transfers.getTransfer(created.getTransferId()).getAmount()).isEqualByComparingTo("25.50");
		assertThat(account(from).balance()).isEqualByComparingTo("74.50");
	}

}
