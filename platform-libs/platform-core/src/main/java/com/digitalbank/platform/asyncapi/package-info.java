/**
 * An AsyncAPI 3 document of every service's queues at {@code /asyncapi}, open like the
 * OpenAPI document and linked from its description. It is built from what the service
 * already declares, never written by hand: a channel for each {@code QueueDeclaration}
 * and its dead-letter queue, and for each {@link MessageDeclaration} a send or receive
 * operation and a message whose payload is the event envelope around the JSON Schema of
 * the event's data class. {@code /asyncapi.html} renders it with the AsyncAPI React
 * component, which the build brings from npm.
 */
package com.digitalbank.platform.asyncapi;
