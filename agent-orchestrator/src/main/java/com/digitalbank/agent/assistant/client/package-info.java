/**
 * banking, crm and the marketplace over HTTP, as the user: HTTP interface clients of
 * Boot's service registry (base URL and timeouts under
 * {@code spring.http.serviceclient.<group>}), the user's token forwarded, each service
 * behind its own circuit breaker.
 */
package com.digitalbank.agent.assistant.client;
