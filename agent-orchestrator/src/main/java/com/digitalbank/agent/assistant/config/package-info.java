/** Wires the assistant's settings. */
package com.digitalbank.agent.assistant.config;
