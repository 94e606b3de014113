/**
 * The assistant's tools served over MCP (Streamable HTTP), so any MCP-capable agent can
 * use the bank as the user; money still moves only on the user's own confirmation.
 */
package com.digitalbank.agent.assistant.mcp;
