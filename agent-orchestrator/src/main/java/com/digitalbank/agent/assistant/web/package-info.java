/** The chat API and the chat page. */
package com.digitalbank.agent.assistant.web;
