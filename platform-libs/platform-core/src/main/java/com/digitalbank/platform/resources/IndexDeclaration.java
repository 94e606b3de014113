package com.digitalbank.platform.resources;

/** A global secondary index projecting all attributes; {@code sortKey} may be null. */
public record IndexDeclaration(String name, KeyAttribute partitionKey, KeyAttribute sortKey) {
}
