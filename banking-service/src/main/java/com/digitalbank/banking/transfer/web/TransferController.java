package com.digitalbank.banking.transfer.web;

import java.net.URI;

import com.digitalbank.banking.account.AccountId;
import com.digitalbank.banking.transfer.Transfer;
import com.digitalbank.banking.transfer.TransferCommand;
import com.digitalbank.banking.transfer.TransferId;
import com.digitalbank.banking.transfer.TransferManagement;
import com.digitalbank.platform.externalid.ExternalId;
import com.digitalbank.platform.idempotency.RecordsIdempotencyInTransaction;
import com.digitalbank.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(TransferController.PATH)
@Tag(name = "Transfers")
class TransferController {

	static final String PATH = "/v1/transfers";

	private final TransferManagement transfers;

	TransferController(TransferManagement transfers) {
		this.transfers = transfers;
	}

	/**
	 * The idempotency record commits with the money (see
	 * {@link RecordsIdempotencyInTransaction}); a replay is rendered by {@link #get}.
	 */
	@PostMapping
	@RecordsIdempotencyInTransaction(location = PATH + "/{id}")
	@Operation(operationId = "createTransfer",
			summary = "Move money from one of the caller's accounts to any active account",
			description = "Same Idempotency-Key and body: the first response is replayed. Errors: INSUFFICIENT_FUNDS, "
					+ "ACCOUNT_NOT_FOUND, SAME_ACCOUNT, LIMIT_EXCEEDED, CURRENCY_MISMATCH, ACCOUNT_INACTIVE.")
	@ApiResponse(responseCode = "201", description = "Moved", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "503", description = "CONCURRENT_UPDATE: retry with the same Idempotency-Key")
	ResponseEntity<TransferResponse> create(CurrentUser user, @Parameter(
			description = "New per intended transfer, e.g. a fresh UUID") @RequestHeader("Idempotency-Key") String idempotencyKey,
			@Valid @RequestBody TransferRequest request) {
		Transfer transfer = transfers
			.transfer(TransferCommand.transfer(user.userId(), new AccountId(request.fromAccountId()),
					new AccountId(request.toAccountId()), request.amount(), request.currency(), request.description()));
		return ResponseEntity.created(URI.create(PATH + "/" + transfer.transferId()))
			.body(TransferResponse.from(transfer));
	}

	@GetMapping("/{transferId}")
	@Operation(operationId = "getTransfer", summary = "A transfer the caller made")
	TransferResponse get(CurrentUser user, @PathVariable @ExternalId String transferId) {
		return TransferResponse.from(transfers.find(user.userId(), new TransferId(transferId)));
	}

}
