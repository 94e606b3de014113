/**
 * Test support shared by every service: the local AWS stack as a JUnit extension, tokens
 * for any user or tenant, architecture rules, the OpenAPI snapshot, and the AsyncAPI
 * document checked against what the service reads ({@link ListenerQueues}) and sends
 * ({@link SentMessages}).
 */
package com.digitalbank.platform.test;
