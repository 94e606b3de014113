package com.digitalbank.agent.assistant;

/** A service the assistant calls did not answer (down, slow, or its circuit open). */
public class ServiceUnavailableException extends RuntimeException {

	private final String service;

	public ServiceUnavailableException(String service, Throwable cause) {
		super(service + " is not answering", cause);
		this.service = service;
	}

	public String service() {
		return service;
	}

}
