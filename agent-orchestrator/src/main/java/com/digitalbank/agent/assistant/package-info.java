/**
 * The banking assistant: chat sessions in which a model (the offline one by default)
 * calls the assistant's tools, which read banking, crm and the marketplace with the
 * user's own token and only prepare money movements; the user's explicit confirmation
 * executes them.
 */
package com.digitalbank.agent.assistant;
