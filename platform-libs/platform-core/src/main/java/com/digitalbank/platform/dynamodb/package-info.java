/**
 * DynamoDB mechanisms every service shares: transactions gathered across features with
 * tagged items.
 */
package com.digitalbank.platform.dynamodb;
