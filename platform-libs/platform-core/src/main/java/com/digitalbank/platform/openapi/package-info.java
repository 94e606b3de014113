/**
 * OpenAPI and Swagger UI on every service, with the bearer token scheme the API needs.
 */
package com.digitalbank.platform.openapi;
