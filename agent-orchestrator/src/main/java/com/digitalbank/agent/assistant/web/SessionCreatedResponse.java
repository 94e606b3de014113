package com.digitalbank.agent.assistant.web;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(requiredProperties = { "sessionId" })
record SessionCreatedResponse(String sessionId) {
}
