package com.digitalbank.agent.model;

/**
 * Where the models run. Both providers speak the OpenAI chat-completions wire format:
 * Gemini through its OpenAI-compatible endpoint, so one client serves both and any other
 * compatible server (a local one, a gateway) is a base URL away.
 */
public enum ModelProvider {

	/** The deterministic offline model: the default, no key needed. */
	OFFLINE(null, OfflineChatModel.MODEL),

	OPENAI("https://api.openai.com/v1", "gpt-4o-mini"),

	GEMINI("https://generativelanguage.googleapis.com/v1beta/openai", "gemini-2.5-flash");

	private final String defaultBaseUrl;

	private final String defaultModel;

	ModelProvider(String defaultBaseUrl, String defaultModel) {
		this.defaultBaseUrl = defaultBaseUrl;
		this.defaultModel = defaultModel;
	}

	public String defaultBaseUrl() {
		return defaultBaseUrl;
	}

	public String defaultModel() {
		return defaultModel;
	}

}
