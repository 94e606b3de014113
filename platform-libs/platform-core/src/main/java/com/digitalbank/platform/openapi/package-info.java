/**
 * OpenAPI and Swagger UI on every service, with the bearer token scheme the API needs.
 * Everything the platform tells springdoc lives here: the document, what it leaves out
 * (the caller, the error page), the UI's defaults and the paths it opens.
 */
package com.digitalbank.platform.openapi;
