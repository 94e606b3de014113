/**
 * The language models both agent features talk to, behind Spring AI's {@code ChatModel}:
 * the offline deterministic model by default, so everything runs and tests without a key,
 * or an OpenAI-compatible provider (OpenAI, Gemini's OpenAI endpoint) by configuration. A
 * feature teaches the offline model its own answers by declaring {@link OfflineSkill}
 * beans.
 */
package com.digitalbank.agent.model;
