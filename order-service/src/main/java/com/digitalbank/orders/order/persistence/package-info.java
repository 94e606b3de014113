/**
 * Orders in one DynamoDB table: {@code PK=TENANT#<tenant>, SK=ORDER#<id>}, listed newest
 * first through {@code OrdersByDateIndex} and found by id through {@code OrderByIdIndex}.
 * Every read and write names the tenant in the key, so one tenant can never reach
 * another's orders.
 */
package com.digitalbank.orders.order.persistence;
