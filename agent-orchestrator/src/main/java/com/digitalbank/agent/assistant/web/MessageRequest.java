package com.digitalbank.agent.assistant.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record MessageRequest(@NotBlank @Size(max = 1000) String text) {
}
