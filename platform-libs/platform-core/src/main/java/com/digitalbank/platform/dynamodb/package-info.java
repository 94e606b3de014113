/**
 * DynamoDB mechanisms every service shares: records mapped to items ({@code JsonItems}),
 * transactions gathered across features with tagged items ({@code WriteTransaction}),
 * opaque page cursors and money attributes.
 */
package com.digitalbank.platform.dynamodb;
