/**
 * Beneficiaries in one DynamoDB table, one partition per user ({@code userId}), so that
 * every read and write names the user in the key and one user can never reach another's.
 * Sort keys: {@code B#<id>} for a beneficiary, {@code A#<folded alias>} and
 * {@code C#<clabe>} for the claims that keep aliases and CLABEs unique per user, written
 * in the same transaction as the beneficiary.
 */
package com.digitalbank.crm.beneficiary.persistence;
