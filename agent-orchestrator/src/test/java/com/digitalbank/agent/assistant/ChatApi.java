package com.digitalbank.agent.assistant;

import java.util.UUID;

import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import com.digitalbank.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chat API as one test user sees it, with a token carrying the scopes the assistant
 * forwards.
 */
final class ChatApi {

	static final String SCOPES = "agent banking crm marketplace";

	final String userId;

	final String token;

	final ApiClient client;

	private ChatApi(int port, String userId) {
		this.userId = userId;
		this.token = TestTokens.withScopes(userId, null, SCOPES);
		this.client = ApiClient.on(port).header("Authorization", "Bearer " + token);
	}

	static ChatApi newUser(int port) {
		return new ChatApi(port, "user-" + UUID.randomUUID());
	}

	String open() {
		ApiResponse created = client.post("/v1/chat/sessions", "");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json("$.sessionId");
	}

	ApiResponse say(String sessionId, String text) {
		return client.post("/v1/chat/sessions/" + sessionId + "/messages",
				"{\"text\":\"" + text.replace("\"", "\\\"") + "\"}");
	}

	ApiResponse confirm(String sessionId, String actionId) {
		return client.post("/v1/chat/sessions/" + sessionId + "/actions/" + actionId + "/confirm", "");
	}

}
