/**
 * Beneficiaries: the people and accounts a user sends money to, each with a CLABE
 * (checked digit and bank) or an account with us, a relationship and the aliases the user
 * calls them by, unique per user. Every change commits with its event in one DynamoDB
 * transaction (the outbox); another user's beneficiary answers 404 like a missing one.
 * {@link com.digitalbank.crm.beneficiary.BeneficiaryResolution} feeds the caller's
 * beneficiaries to the resolver.
 */
package com.digitalbank.crm.beneficiary;
