package com.digitalbank.platform.idempotency;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import com.digitalbank.platform.test.WithLocalStack;
import com.digitalbank.platform.testapp.PlatformTestApplication;
import com.digitalbank.platform.testapp.Recorder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@WithLocalStack
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdempotencyIntegrationTests {

	private static final String BODY = "{\"fromAccountId\":\"acc-1\",\"amount\":100.00}";

	private static final String DEPOSIT = "{\"amount\":25.00}";

	@LocalServerPort
	int port;

	@Autowired
	Recorder recorder;

	ApiClient api;

	@BeforeEach
	void client() {
		api = ApiClient.on(port).as("user-123");
	}

	@Test
	void sameKeyAndBodyReplaysTheFirstResponse() {
		ApiClient keyed = api.header("Idempotency-Key", UUID.randomUUID().toString());
		int before = recorder.transfersExecuted.get();

		ApiResponse first = keyed.post("/test/transfers", BODY);
		ApiResponse second = keyed.post("/test/transfers", BODY);

		assertThat(first.status()).isEqualTo(201);
		assertThat(second.status()).isEqualTo(201);
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(second.header("Location")).isEqualTo(first.header("Location"));
		assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(recorder.transfersExecuted.get() - before).isEqualTo(1);
	}

	@Test
	void sameKeyWithAnotherBodyIsRefused() {
		ApiClient keyed = api.header("Idempotency-Key", UUID.randomUUID().toString());
		keyed.post("/test/transfers", BODY);

		ApiResponse reused = keyed.post("/test/transfers", "{\"fromAccountId\":\"acc-1\",\"amount\":999.00}");

		assertThat(reused.status()).isEqualTo(422);
		assertThat(reused.<String>json("$.code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
	}

	@Test
	void keysBelongToTheirCaller() {
		String key = UUID.randomUUID().toString();
		ApiResponse mine = api.header("Idempotency-Key", key).post("/test/transfers", BODY);

		ApiResponse theirs = ApiClient.on(port)
			.as("user-456")
			.header("Idempotency-Key", key)
			.post("/test/transfers", "{\"fromAccountId\":\"acc-9\",\"amount\":5.00}");

		assertThat(mine.status()).isEqualTo(201);
		assertThat(theirs.status()).isEqualTo(201);
		assertThat(theirs.body()).isNotEqualTo(mine.body());
	}

	@Test
	void businessRefusalIsStoredAndReplayed() {
		ApiClient keyed = api.header("Idempotency-Key", UUID.randomUUID().toString());
		int before = recorder.transfersExecuted.get();
		String overdraft = "{\"fromAccountId\":\"acc-1\",\"amount\":5000.00}";

		ApiResponse first = keyed.post("/test/transfers", overdraft);
		ApiResponse second = keyed.post("/test/transfers", overdraft);

		assertThat(first.status()).isEqualTo(422);
		assertThat(second.status()).isEqualTo(422);
		assertThat(second.<String>json("$.code")).isEqualTo("INSUFFICIENT_FUNDS");
		assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(recorder.transfersExecuted.get() - before).isEqualTo(1);
	}

	@Test
	void validationFailureStoresNothing() {
		ApiClient keyed = api.header("Idempotency-Key", UUID.randomUUID().toString());

		ApiResponse invalid = keyed.post("/test/transfers", "{\"amount\":-1}");
		ApiResponse corrected = keyed.post("/test/transfers", BODY);

		assertThat(invalid.status()).isEqualTo(400);
		assertThat(corrected.status()).isEqualTo(201);
		assertThat(corrected.header("Idempotent-Replayed")).isNull();
	}

	@Test
	void unexpectedFailureReleasesTheKey() {
		ApiClient keyed = api.header("Idempotency-Key", UUID.randomUUID().toString());
		String exploding = "{\"fromAccountId\":\"acc-1\",\"amount\":1.00,\"description\":\"explode\"}";
		int before = recorder.transfersExecuted.get();

		assertThat(keyed.post("/test/transfers", exploding).status()).isEqualTo(500);
		assertThat(keyed.post("/test/transfers", exploding).status()).isEqualTo(500);

		assertThat(recorder.transfersExecuted.get() - before).isEqualTo(2);
	}

	@Test
	void malformedKeyIsABadRequest() {
		ApiResponse response = api.header("Idempotency-Key", "x".repeat(300)).post("/test/transfers", BODY);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.<String>json("$.code")).isEqualTo("INVALID_IDEMPOTENCY_KEY");
	}

	@Test
	void hundredConcurrentRequestsWithOneKeyRunOnce() throws Exception {
		ApiClient keyed = api.header("Idempotency-Key", UUID.randomUUID().toString());
		int before = recorder.transfersExecuted.get();
		List<ApiResponse> responses = concurrently(100, () -> keyed.post("/test/transfers", BODY));

		assertThat(responses).hasSize(100);
		assertThat(recorder.transfersExecuted.get() - before).isEqualTo(1);
		assertThat(responses).as("calls overlapped the one that ran")
			.anySatisfy(r -> assertThat(r.status()).isEqualTo(409));
		List<ApiResponse> created = responses.stream().filter(r -> r.status() == 201).toList();
		assertThat(created).isNotEmpty();
		assertThat(created).extracting(ApiResponse::body).containsOnly(created.getFirst().body());
		assertThat(responses).allSatisfy(r -> {
			assertThat(r.status()).isIn(201, 409);
			if (r.status() == 409) {
				assertThat(r.<String>json("$.code")).isEqualTo("REQUEST_IN_PROGRESS");
			}
		});
	}

	@Test
	void keyRecordedInTheEffectsTransactionReplaysTheFirstResponse() {
		ApiClient keyed = api.header("Idempotency-Key", UUID.randomUUID().toString());
		int before = recorder.depositsCommitted.get();

		ApiResponse first = keyed.post("/test/deposits", DEPOSIT);
		ApiResponse second = keyed.post("/test/deposits", DEPOSIT);

		assertThat(first.status()).isEqualTo(201);
		assertThat(first.header("Idempotent-Replayed")).isNull();
		assertThat(second.status()).isEqualTo(201);
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(second.header("Location")).isEqualTo(first.header("Location"));
		assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(second.header("X-Correlation-Id")).as("headers set before the handler stay").isNotBlank();
		assertThat(recorder.depositsCommitted.get() - before).isEqualTo(1);
	}

	@Test
	void keyRecordedInTheEffectsTransactionIsRefusedForAnotherBody() {
		ApiClient keyed = api.header("Idempotency-Key", UUID.randomUUID().toString());
		int before = recorder.depositsCommitted.get();
		keyed.post("/test/deposits", DEPOSIT);

		ApiResponse reused = keyed.post("/test/deposits", "{\"amount\":999.00}");

		assertThat(reused.status()).isEqualTo(422);
		assertThat(reused.<String>json("$.code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
		assertThat(recorder.depositsCommitted.get() - before).isEqualTo(1);
	}

	@Test
	void retryThatWouldNowBeRefusedReplaysTheSuccess() {
		ApiClient keyed = api.header("Idempotency-Key", UUID.randomUUID().toString());
		ApiResponse first = keyed.post("/test/deposits", DEPOSIT);
		ApiResponse retry;
		recorder.depositsClosed = true;
		try {
			retry = keyed.post("/test/deposits", DEPOSIT);
		}
		finally {
			recorder.depositsClosed = false;
		}

		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.body()).isEqualTo(first.body());
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
	}

	@Test
	void refusalOfAnEffectWithItsOwnTransactionIsStoredAndReplayed() {
		ApiClient keyed = api.header("Idempotency-Key", UUID.randomUUID().toString());
		ApiResponse first;
		recorder.depositsClosed = true;
		try {
			first = keyed.post("/test/deposits", DEPOSIT);
		}
		finally {
			recorder.depositsClosed = false;
		}
		int before = recorder.depositsCommitted.get();

		ApiResponse retry = keyed.post("/test/deposits", DEPOSIT);

		assertThat(first.status()).isEqualTo(422);
		assertThat(retry.status()).isEqualTo(422);
		assertThat(retry.<String>json("$.code")).isEqualTo("DEPOSITS_CLOSED");
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(recorder.depositsCommitted.get() - before).isZero();
	}

	@Test
	void invalidRequestToAnEffectWithItsOwnTransactionStoresNothing() {
		ApiClient keyed = api.header("Idempotency-Key", UUID.randomUUID().toString());

		ApiResponse invalid = keyed.post("/test/deposits", "{\"amount\":-1}");
		ApiResponse corrected = keyed.post("/test/deposits", DEPOSIT);

		assertThat(invalid.status()).isEqualTo(400);
		assertThat(corrected.status()).isEqualTo(201);
		assertThat(corrected.header("Idempotent-Replayed")).isNull();
	}

	@Test
	void concurrentRequestsWithOneKeyCommitOnceAndAllSeeThatOutcome() throws Exception {
		ApiClient keyed = api.header("Idempotency-Key", UUID.randomUUID().toString());
		int before = recorder.depositsCommitted.get();

		List<ApiResponse> responses = concurrently(50, () -> keyed.post("/test/deposits", DEPOSIT));

		assertThat(recorder.depositsCommitted.get() - before).isEqualTo(1);
		List<ApiResponse> created = responses.stream().filter(r -> r.status() == 201).toList();
		assertThat(created).hasSize(responses.size());
		assertThat(created).extracting(ApiResponse::body).containsOnly(created.getFirst().body());
		assertThat(created).filteredOn(r -> r.header("Idempotent-Replayed") == null).hasSize(1);
	}

	/**
	 * One thread per call, all released at once, so that every call is in flight
	 * together.
	 */
	private static List<ApiResponse> concurrently(int count, Callable<ApiResponse> call) throws Exception {
		CountDownLatch ready = new CountDownLatch(count);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<ApiResponse>> futures = new ArrayList<>();
		List<ApiResponse> responses = new ArrayList<>();
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < count; i++) {
				futures.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					return call.call();
				}));
			}
			ready.await();
			go.countDown();
			for (Future<ApiResponse> future : futures) {
				responses.add(future.get());
			}
		}
		return responses;
	}

}
