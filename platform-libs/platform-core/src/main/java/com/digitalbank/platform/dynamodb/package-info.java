/**
 * What every service needs around DynamoDB and should not write twice: an opaque page
 * cursor over a query's last evaluated key, and amounts of money stored as exact numbers
 * and read back with their two decimals.
 */
package com.digitalbank.platform.dynamodb;
