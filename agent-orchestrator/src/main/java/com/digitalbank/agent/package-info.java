/**
 * Agent orchestrator: the banking assistant and the AI project builder.
 */
package com.digitalbank.agent;
