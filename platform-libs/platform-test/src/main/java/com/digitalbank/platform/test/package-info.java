/**
 * Test support shared by every service: the local AWS stack as a JUnit extension, tokens
 * for any user or tenant, and architecture rules.
 */
package com.digitalbank.platform.test;
