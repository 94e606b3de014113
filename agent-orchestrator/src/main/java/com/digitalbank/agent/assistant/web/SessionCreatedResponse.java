package com.digitalbank.agent.assistant.web;

record SessionCreatedResponse(String sessionId) {
}
