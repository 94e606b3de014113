package com.digitalbank.crm.beneficiary.web;

import com.digitalbank.crm.beneficiary.BeneficiaryResolution;
import com.digitalbank.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Beneficiaries")
class ResolutionController {

	/** Longer than anything a person is called, short enough to read in microseconds. */
	static final int MAX_ALIAS = 100;

	private final BeneficiaryResolution resolution;

	ResolutionController(BeneficiaryResolution resolution) {
		this.resolution = resolution;
	}

	@GetMapping(BeneficiaryController.PATH + "/resolve")
	@Operation(operationId = "resolveBeneficiary", summary = "Which of the caller's beneficiaries the words name",
			description = "Spanish or English, any case and accents, possessives and prepositions (\"a mi mamá\", "
					+ "\"to my mom\"), relationship words, nicknames and typos. EXACT or CONFIDENT: one candidate to act "
					+ "on. AMBIGUOUS: ask the user to choose. NONE: nobody is close.")
	ResolutionResponse resolve(CurrentUser user,
			@Parameter(example = "a mi mamá") @RequestParam @NotBlank @Size(max = MAX_ALIAS) @Pattern(
					regexp = BeneficiaryRequest.TEXT, message = BeneficiaryRequest.NO_CONTROL) String alias) {
		return ResolutionResponse.from(resolution.resolve(user.userId(), alias));
	}

}
