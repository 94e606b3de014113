package com.digitalbank.banking.transfer.commit;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import com.digitalbank.banking.BankingIntegrationTest;
import com.digitalbank.banking.account.AccountId;
import com.digitalbank.banking.transfer.Transfer;
import com.digitalbank.banking.transfer.TransferCommand;
import com.digitalbank.platform.idempotency.IdempotencyKeyTakenException;
import com.digitalbank.platform.idempotency.IdempotencyStore;
import com.digitalbank.platform.idempotency.StoredResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The writer, below HTTP: what a batch does with transfers whose key was used before. */
class GroupCommitIntegrationTests extends BankingIntegrationTest {

	@Autowired
	TransferWriter writer;

	@Autowired
	IdempotencyStore idempotency;

	@Test
	void transfersUnderAKeyUsedBeforeFailTogetherWhileTheRestOfTheirBatchCommits() {
		String user = newUser();
		String from = openAccount(user, "100.00");
		String to = openAccount(user, "0.00");
		String key = user + "#" + UUID.randomUUID();
		IdempotencyStore.CreatedInTransaction created = new IdempotencyStore.CreatedInTransaction(201,
				"/v1/transfers/{id}");
		StoredResponse earlier = new StoredResponse(201, null, Map.of(), new byte[0]);
		assertThat(idempotency.complete(new IdempotencyStore.Claim(key, "earlier", "hash", created), earlier)).isTrue();
		IdempotencyStore.Claim claim = new IdempotencyStore.Claim(key, "now", "hash", created);

		List<CompletableFuture<Transfer>> copies = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			copies.add(writer.submit(new PendingTransfer(command(user, from, to), "test", Optional.of(claim))));
		}
		CompletableFuture<Transfer> keyless = writer
			.submit(new PendingTransfer(command(user, from, to), "test", Optional.empty()));

		copies.forEach(copy -> assertThat(copy).failsWithin(Duration.ofSeconds(10))
			.withThrowableOfType(ExecutionException.class)
			.withCauseInstanceOf(IdempotencyKeyTakenException.class));
		assertThat(keyless).succeedsWithin(Duration.ofSeconds(10));
		assertThat(account(from).balance()).isEqualByComparingTo("90.00");
	}

	private static TransferCommand command(String user, String from, String to) {
		return TransferCommand.transfer(user, new AccountId(from), new AccountId(to), new BigDecimal("10.00"), "MXN",
				null);
	}

}
