package com.digitalbank.banking.transfer.web;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.digitalbank.banking.transfer.IdempotentReply;
import com.digitalbank.banking.transfer.Transfer;
import com.digitalbank.banking.transfer.TransferCommand;
import com.digitalbank.banking.transfer.TransferKind;
import com.digitalbank.banking.transfer.TransferManagement;
import com.digitalbank.platform.idempotency.IdempotencyContext;
import com.digitalbank.platform.idempotency.RecordsIdempotencyInTransaction;
import com.digitalbank.platform.idempotency.StoredResponse;
import com.digitalbank.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/v1/transfers")
@Tag(name = "Transfers")
class TransferController {

	private final TransferManagement transfers;

	private final JsonMapper jsonMapper;

	TransferController(TransferManagement transfers, JsonMapper jsonMapper) {
		this.transfers = transfers;
		this.jsonMapper = jsonMapper;
	}

	@PostMapping
	@RecordsIdempotencyInTransaction
	@Operation(summary = "Move money from one of the caller's accounts to any active account",
			description = "Same Idempotency-Key and body: the first response is replayed. Errors: INSUFFICIENT_FUNDS, "
					+ "ACCOUNT_NOT_FOUND, SAME_ACCOUNT, LIMIT_EXCEEDED, CURRENCY_MISMATCH, ACCOUNT_INACTIVE.")
	ResponseEntity<TransferResponse> create(CurrentUser user, @Parameter(
			description = "Unique per intended transfer, e.g. a UUID",
			example = "5f0c6f2e-8a39-4c4e-9a61-3a4f6f0b1a11") @RequestHeader("Idempotency-Key") String idempotencyKey,
			@Valid @RequestBody TransferRequest request) {
		Optional<IdempotentReply> reply = IdempotencyContext.currentClaim()
			.map(claim -> new IdempotentReply(claim, this::storedResponse));
		Transfer transfer = transfers.transfer(new TransferCommand(UUID.randomUUID().toString(), TransferKind.TRANSFER,
				user.userId(), request.fromAccountId(), request.toAccountId(), request.amount(), request.currency(),
				request.description(), true, reply));
		if (reply.isPresent()) {
			IdempotencyContext.completedInTransaction();
		}
		return ResponseEntity.created(location(transfer)).body(TransferResponse.from(transfer));
	}

	@GetMapping("/{transferId}")
	@Operation(summary = "A transfer the caller made")
	TransferResponse get(CurrentUser user, @PathVariable String transferId) {
		return TransferResponse.from(transfers.find(user.userId(), transferId));
	}

	/**
	 * Exactly what this controller answers, stored with the money in case the process
	 * dies first.
	 */
	private StoredResponse storedResponse(Transfer transfer) {
		return new StoredResponse(201, MediaType.APPLICATION_JSON_VALUE,
				Map.of(HttpHeaders.LOCATION, location(transfer).toString()),
				jsonMapper.writeValueAsBytes(TransferResponse.from(transfer)));
	}

	private static URI location(Transfer transfer) {
		return URI.create("/v1/transfers/" + transfer.transferId());
	}

}
