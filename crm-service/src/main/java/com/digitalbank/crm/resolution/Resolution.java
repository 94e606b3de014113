package com.digitalbank.crm.resolution;

import java.util.List;

/** The answer to a query: how sure, and the candidates, best first. */
public record Resolution(Match match, List<Candidate> candidates) {

	public Resolution {
		candidates = List.copyOf(candidates);
	}

	static Resolution none() {
		return new Resolution(Match.NONE, List.of());
	}

	/** Whether it names one person to act on. */
	public boolean isDecisive() {
		return match == Match.EXACT || match == Match.CONFIDENT;
	}

}
