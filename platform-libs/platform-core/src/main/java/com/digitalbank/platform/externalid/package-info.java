/**
 * Ids that come from outside (path variables, query parameters, body fields) are bounded
 * before they reach a store: 1 to 128 letters, digits and {@code . _ : @ -}. Without
 * this, a 5,000-character id reaches DynamoDB, which refuses keys over 2,048 bytes, and
 * the caller gets a 500 instead of a 400. Two ways in, one rule: {@link ExternalId} on a
 * String, or {@link ExternalIdFormat#check} in a typed id's constructor.
 */
package com.digitalbank.platform.externalid;
