package com.digitalbank.crm.beneficiary.web;

import java.net.URI;

import com.digitalbank.crm.beneficiary.Beneficiary;
import com.digitalbank.crm.beneficiary.BeneficiaryId;
import com.digitalbank.crm.beneficiary.BeneficiaryManagement;
import com.digitalbank.crm.beneficiary.BeneficiaryPage;
import com.digitalbank.platform.externalid.ExternalId;
import com.digitalbank.platform.idempotency.RecordsIdempotencyInTransaction;
import com.digitalbank.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(BeneficiaryController.PATH)
@Tag(name = "Beneficiaries")
class BeneficiaryController {

	static final String PATH = "/v1/beneficiaries";

	private final BeneficiaryManagement beneficiaries;

	BeneficiaryController(BeneficiaryManagement beneficiaries) {
		this.beneficiaries = beneficiaries;
	}

	@GetMapping
	@Operation(operationId = "listBeneficiaries", summary = "The caller's beneficiaries, in the order they were added")
	BeneficiaryPageResponse list(CurrentUser user,
			@RequestParam(defaultValue = "20") @Min(1) @Max(BeneficiaryPage.MAX_LIMIT) int limit,
			@Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor) {
		return BeneficiaryPageResponse.from(beneficiaries.page(user.userId(), limit, cursor));
	}

	/**
	 * The idempotency record commits with the beneficiary (see
	 * {@link RecordsIdempotencyInTransaction}); a replay is rendered by {@link #get}.
	 */
	@PostMapping
	@RecordsIdempotencyInTransaction(location = PATH + "/{id}")
	@Operation(operationId = "createBeneficiary", summary = "Add a beneficiary",
			description = "Same Idempotency-Key and body: the first response is replayed. Errors: ALIAS_TAKEN, "
					+ "CLABE_TAKEN, INVALID_CLABE, UNKNOWN_BANK, DUPLICATE_ALIAS, DESTINATION_REQUIRED, "
					+ "BENEFICIARY_LIMIT_REACHED (409, at crm.beneficiaries.max-per-user).")
	@ApiResponse(responseCode = "201", description = "Added", useReturnTypeSchema = true)
	ResponseEntity<BeneficiaryResponse> create(CurrentUser user,
			@Parameter(description = "Optional; new per beneficiary you intend to add") @RequestHeader(
					name = "Idempotency-Key", required = false) String idempotencyKey,
			@Valid @RequestBody BeneficiaryRequest request) {
		Beneficiary added = beneficiaries.add(user.userId(), request.details());
		return ResponseEntity.created(URI.create(PATH + "/" + added.beneficiaryId()))
			.body(BeneficiaryResponse.from(added));
	}

	@GetMapping("/{beneficiaryId}")
	@Operation(operationId = "getBeneficiary", summary = "One of the caller's beneficiaries")
	BeneficiaryResponse get(CurrentUser user, @PathVariable @ExternalId String beneficiaryId) {
		return BeneficiaryResponse.from(beneficiaries.find(user.userId(), new BeneficiaryId(beneficiaryId)));
	}

	@PutMapping("/{beneficiaryId}")
	@Operation(operationId = "replaceBeneficiary", summary = "Replace one of the caller's beneficiaries",
			description = "Errors: ALIAS_TAKEN, CLABE_TAKEN, INVALID_CLABE, UNKNOWN_BANK, CONCURRENT_UPDATE.")
	BeneficiaryResponse replace(CurrentUser user, @PathVariable @ExternalId String beneficiaryId,
			@Valid @RequestBody BeneficiaryRequest request) {
		return BeneficiaryResponse
			.from(beneficiaries.replace(user.userId(), new BeneficiaryId(beneficiaryId), request.details()));
	}

	@DeleteMapping("/{beneficiaryId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "removeBeneficiary", summary = "Remove one of the caller's beneficiaries")
	@ApiResponse(responseCode = "204", description = "Removed")
	void remove(CurrentUser user, @PathVariable @ExternalId String beneficiaryId) {
		beneficiaries.remove(user.userId(), new BeneficiaryId(beneficiaryId));
	}

}
