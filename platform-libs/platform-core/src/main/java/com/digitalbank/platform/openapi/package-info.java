/**
 * OpenAPI and Swagger UI on every service, with the bearer token scheme the API needs.
 * Everything the platform tells springdoc lives here: the document, what it leaves out
 * (the caller, the error page), the UI's defaults and the paths it opens, and what every
 * operation shares so generated clients work: {@link ProblemResponses} (the
 * {@code Problem} schema and the errors as {@code application/problem+json}) and
 * {@link HeaderConventions} (media types, correlation, location and idempotency headers).
 * Both are beans a service replaces by declaring its own. What only a controller knows
 * stays on it: the operationId, the real success code with {@code useReturnTypeSchema},
 * an {@code ETag} header, and the required properties of its response records.
 */
package com.digitalbank.platform.openapi;
