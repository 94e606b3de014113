/**
 * Every call but health, docs and OpenAPI needs a bearer JWT (Cognito in AWS, the dev
 * issuer locally), with the scope the service declares for the group of endpoints it
 * calls ({@code platform.security.scopes}). Controllers receive the caller as a
 * {@link com.digitalbank.platform.security.CurrentUser}; 401 and 403 are problem JSON
 * like every other failure. Browsers from the allowed origins may call the service
 * ({@code platform.security.cors.allowed-origins}).
 */
package com.digitalbank.platform.security;
