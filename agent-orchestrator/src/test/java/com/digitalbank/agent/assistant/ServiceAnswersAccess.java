package com.digitalbank.agent.assistant;

import com.github.tomakehurst.wiremock.WireMockServer;

/** The stubs' answers for tests outside this package (the benchmark). */
public final class ServiceAnswersAccess {

	private ServiceAnswersAccess() {
	}

	public static void stubAll(WireMockServer stub) {
		ServiceAnswers.stubAll(stub);
	}

}
