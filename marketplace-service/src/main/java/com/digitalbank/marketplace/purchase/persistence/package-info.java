/** Purchases in DynamoDB, with the state of their stock reservation. */
package com.digitalbank.marketplace.purchase.persistence;
