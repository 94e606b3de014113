/**
 * DynamoDB mechanisms every service shares: records mapped to items ({@code JsonItems}),
 * transactions gathered across features with tagged items ({@code WriteTransaction}),
 * calls retried through transaction conflicts ({@code ConflictRetry}), opaque page
 * cursors and money attributes.
 */
package com.digitalbank.platform.dynamodb;
