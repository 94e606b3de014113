/**
 * Builds the {@code ChatModel} the configuration asks for.
 */
package com.digitalbank.agent.model.config;
