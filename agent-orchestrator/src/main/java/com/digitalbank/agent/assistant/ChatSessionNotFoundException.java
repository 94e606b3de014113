package com.digitalbank.agent.assistant;

import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;

/** No such session for this user: another user's session is exactly as missing. */
public class ChatSessionNotFoundException extends BusinessException {

	public ChatSessionNotFoundException(String sessionId) {
		super(ErrorKind.NOT_FOUND, "CHAT_SESSION_NOT_FOUND", "Chat session " + sessionId + " was not found.");
	}

}
