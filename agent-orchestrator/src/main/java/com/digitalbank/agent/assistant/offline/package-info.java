/**
 * The offline model's part in the assistant: it reads the user's message, calls the tool
 * for it through {@code ChatClient}'s tool loop, and words the tool's answer, in the
 * user's language, deterministically.
 */
package com.digitalbank.agent.assistant.offline;
