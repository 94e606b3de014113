package com.digitalbank.crm.beneficiary.web;

import java.util.List;

import com.digitalbank.crm.resolution.Candidate;
import com.digitalbank.crm.resolution.Resolution;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code EXACT} or {@code CONFIDENT}: the one candidate to act on. {@code AMBIGUOUS}: ask
 * the user to choose among the candidates. {@code NONE}: no candidates.
 */
@Schema(requiredProperties = { "match", "candidates" })
record ResolutionResponse(@Schema(allowableValues = {
		"EXACT", "CONFIDENT", "AMBIGUOUS", "NONE" }) String match, List<CandidateResponse> candidates){

	@Schema(requiredProperties = { "beneficiaryId", "name", "score", "matchedAlias", "reason" })
	record CandidateResponse(@Schema(example = "ben-mi9x2k4c-3f2a9b1c") String beneficiaryId,
			@Schema(example = "María Guadalupe Hernández Ruiz") String name,
			@Schema(example = "0.95", description = "0 to 1") double score,
			@Schema(example = "mamá", description = "The alias, name or relationship that matched") String matchedAlias,
			@Schema(example = "relationship \"madre\"") String reason) {

		static CandidateResponse from(Candidate candidate) {
			return new CandidateResponse(candidate.contactId(), candidate.name(), candidate.score(),
					candidate.matchedAlias(), candidate.reason());
		}

	}

	static ResolutionResponse from(Resolution resolution) {
		return new ResolutionResponse(resolution.match().name(),
				resolution.candidates().stream().map(CandidateResponse::from).toList());
	}

}
