/**
 * Every call but health, docs and OpenAPI needs a bearer JWT (Cognito in AWS, the dev
 * issuer locally). Controllers receive the caller as a
 * {@link com.digitalbank.platform.security.CurrentUser}; 401 and 403 are problem JSON
 * like every other failure.
 */
package com.digitalbank.platform.security;
