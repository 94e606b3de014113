package com.digitalbank.agent.assistant.web;

import java.net.URI;

import com.digitalbank.agent.assistant.ChatManagement;
import com.digitalbank.agent.assistant.ChatSession;
import com.digitalbank.platform.security.CurrentUser;
import com.digitalbank.platform.externalid.ExternalId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ChatController.PATH)
@Tag(name = "Banking assistant", description = "Chat sessions with the banking assistant")
class ChatController {

	static final String PATH = "/v1/chat/sessions";

	private final ChatManagement chats;

	ChatController(ChatManagement chats) {
		this.chats = chats;
	}

	@PostMapping
	@Operation(operationId = "openChatSession", summary = "Open a chat session with the assistant")
	@ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
	ResponseEntity<SessionCreatedResponse> open(CurrentUser user) {
		ChatSession session = chats.open(user.userId());
		return ResponseEntity.created(URI.create(PATH + "/" + session.sessionId()))
			.body(new SessionCreatedResponse(session.sessionId()));
	}

	@PostMapping("/{sessionId}/messages")
	@Operation(operationId = "sendChatMessage", summary = "Send a message; the reply may hold an action to confirm",
			description = "Money never moves on this call unless the message confirms the pending action (\"sí\", "
					+ "\"yes\"); any other message cancels it. Errors: CHAT_SESSION_NOT_FOUND, VALIDATION_FAILED.")
	ChatTurnResponse send(CurrentUser user, @PathVariable @ExternalId String sessionId,
			@Valid @RequestBody MessageRequest request) {
		return ChatTurnResponse.from(chats.send(user.userId(), sessionId, request.text().strip()));
	}

	@GetMapping("/{sessionId}")
	@Operation(operationId = "getChatSession", summary = "A session's history and its pending action, if any")
	ChatSessionResponse get(CurrentUser user, @PathVariable @ExternalId String sessionId) {
		return ChatSessionResponse.from(chats.find(user.userId(), sessionId));
	}

	@PostMapping("/{sessionId}/actions/{actionId}/confirm")
	@Operation(operationId = "confirmChatAction", summary = "Execute the pending action, as the user",
			description = "Only the session's user, with their own token; an action that is not pending (already "
					+ "executed, cancelled, or another) does nothing.")
	ChatTurnResponse confirm(CurrentUser user, @PathVariable @ExternalId String sessionId,
			@PathVariable @ExternalId String actionId) {
		return ChatTurnResponse.from(chats.confirm(user.userId(), sessionId, actionId));
	}

	@PostMapping("/{sessionId}/actions/{actionId}/cancel")
	@Operation(operationId = "cancelChatAction", summary = "Cancel the pending action")
	ChatTurnResponse cancel(CurrentUser user, @PathVariable @ExternalId String sessionId,
			@PathVariable @ExternalId String actionId) {
		return ChatTurnResponse.from(chats.cancel(user.userId(), sessionId, actionId));
	}

}
