package com.digitalbank.banking.transfer.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.stream.Stream;

import com.digitalbank.platform.test.PlatformWebMvcTest;
import com.digitalbank.banking.account.AccountId;
import com.digitalbank.banking.account.AccountInactiveException;
import com.digitalbank.banking.account.AccountNotFoundException;
import com.digitalbank.banking.account.InsufficientFundsException;
import com.digitalbank.banking.transfer.Transfer;
import com.digitalbank.banking.transfer.TransferCommand;
import com.digitalbank.banking.transfer.TransferId;
import com.digitalbank.banking.transfer.TransferKind;
import com.digitalbank.banking.transfer.TransferManagement;
import com.digitalbank.banking.transfer.TransferNotFoundException;
import com.digitalbank.banking.transfer.TransferRejectedException;
import com.digitalbank.platform.problem.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.digitalbank.platform.test.Callers.user;
import static com.digitalbank.banking.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.verifyNoInteractions;

@PlatformWebMvcTest(TransferController.class)
class TransferControllerTests {

	private static final String BODY = """
			{"fromAccountId":"acc-1","toAccountId":"acc-2","amount":1500.50,"currency":"MXN","description":"Renta"}""";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	TransferManagement transfers;

	@Test
	void createsTheTransferTheCallerAskedFor() {
		given(transfers.transfer(any())).willAnswer(invocation -> completed(invocation.getArgument(0)));

		MvcTestResult result = post(BODY).exchange();

		ArgumentCaptor<TransferCommand> command = ArgumentCaptor.forClass(TransferCommand.class);
		then(transfers).should().transfer(command.capture());
		TransferId id = command.getValue().transferId();
		assertThat(command.getValue()).isEqualTo(new TransferCommand(id, TransferKind.TRANSFER, "user-1",
				new AccountId("acc-1"), new AccountId("acc-2"), new BigDecimal("1500.50"), "MXN", "Renta"));
		assertThat(result).hasStatus(HttpStatus.CREATED)
			.hasHeader("Location", "/v1/transfers/" + id)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"transferId":"%s","status":"COMPLETED","kind":"TRANSFER","fromAccountId":"acc-1",
					 "toAccountId":"acc-2","amount":1500.50,"currency":"MXN","description":"Renta",
					 "createdAt":"2026-11-23T10:00:00Z"}
					""".formatted(id));
	}

	static Stream<Arguments> refusals() {
		return Stream.of(arguments(new InsufficientFundsException(new AccountId("acc-1")), 422, "INSUFFICIENT_FUNDS"),
				arguments(new AccountNotFoundException(new AccountId("acc-2")), 404, "ACCOUNT_NOT_FOUND"),
				arguments(new AccountInactiveException(new AccountId("acc-2")), 422, "ACCOUNT_INACTIVE"),
				arguments(new TransferRejectedException.LimitExceeded("100000.00", "MXN"), 422, "LIMIT_EXCEEDED"),
				arguments(new TransferRejectedException.CurrencyMismatch("MXN"), 422, "CURRENCY_MISMATCH"),
				arguments(new TransferRejectedException.Busy(), 503, "CONCURRENT_UPDATE"));
	}

	@ParameterizedTest
	@MethodSource("refusals")
	void answersEachRefusalAsItsProblem(BusinessException refusal, int status, String code) {
		given(transfers.transfer(any())).willThrow(refusal);

		assertThat(post(BODY)).hasStatus(status)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo(
					"{\"status\":%d,\"code\":\"%s\",\"detail\":\"%s\"}".formatted(status, code, refusal.getMessage()));
	}

	@Test
	void refusesAnInvalidRequestNamingEveryFieldInError() {
		MvcTestResult result = post("""
				{"fromAccountId":"","toAccountId":"acc-2","amount":1.001,"currency":"mxn"}""").exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.isLenientlyEqualTo("{\"status\":400,\"code\":\"VALIDATION_FAILED\"}");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			// An empty id is both blank and not an id: two messages for one field.
			.containsOnly("fromAccountId", "amount", "currency");
		verifyNoInteractions(transfers);
	}

	@Test
	void refusesATransferToTheSameAccountBeforeItIsSubmitted() {
		assertProblem(post(BODY.replace("acc-2", "acc-1")).exchange(), HttpStatus.BAD_REQUEST, "SAME_ACCOUNT");
		verifyNoInteractions(transfers);
	}

	@Test
	void refusesMalformedJsonAndAWronglyTypedAmount() {
		assertProblem(post("{\"fromAccountId\":").exchange(), HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST");
		MvcTestResult wrongType = post(BODY.replace("1500.50", "\"lots\"")).exchange();
		assertProblem(wrongType, HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST");
		assertThat(wrongType).bodyJson().extractingPath("$.errors[0].field").isEqualTo("amount");
		verifyNoInteractions(transfers);
	}

	@Test
	void requiresAnIdempotencyKey() {
		assertProblem(mvc.post()
			.uri("/v1/transfers")
			.with(user("user-1"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(BODY)
			.exchange(), HttpStatus.BAD_REQUEST, "MISSING_HEADER");
		verifyNoInteractions(transfers);
	}

	@Test
	void readsATransferOfTheCaller() {
		Transfer transfer = completed(TransferCommand.transfer("user-1", new AccountId("acc-1"), new AccountId("acc-2"),
				new BigDecimal("7.00"), "MXN", null));
		given(transfers.find("user-1", transfer.transferId())).willReturn(transfer);

		assertThat(mvc.get().uri("/v1/transfers/" + transfer.transferId()).with(user("user-1"))).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"transferId":"%s","status":"COMPLETED","kind":"TRANSFER","fromAccountId":"acc-1",
					 "toAccountId":"acc-2","amount":7.00,"currency":"MXN","createdAt":"2026-11-23T10:00:00Z"}
					""".formatted(transfer.transferId()));
	}

	@Test
	void anotherUsersTransferIsNotFound() {
		given(transfers.find("user-1", new TransferId("t-9")))
			.willThrow(new TransferNotFoundException(new TransferId("t-9")));

		assertProblem(mvc.get().uri("/v1/transfers/t-9").with(user("user-1")).exchange(), HttpStatus.NOT_FOUND,
				"TRANSFER_NOT_FOUND");
	}

	private MockMvcTester.MockMvcRequestBuilder post(String body) {
		return mvc.post()
			.uri("/v1/transfers")
			.with(user("user-1"))
			.header("Idempotency-Key", "key-1")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

	private static Transfer completed(TransferCommand command) {
		return Transfer.completed(command, Instant.parse("2026-11-23T10:00:00Z"));
	}

}
