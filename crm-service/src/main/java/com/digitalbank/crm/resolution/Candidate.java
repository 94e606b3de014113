package com.digitalbank.crm.resolution;

/**
 * A contact a query may name.
 *
 * @param score how well the query names the contact, 0 to 1
 * @param matchedAlias the alias, name or relationship of the contact that the query met
 * @param reason what the query's words matched, e.g. {@code nickname "pepe"}
 */
public record Candidate(String contactId, String name, double score, String matchedAlias, String reason) {
}
