/**
 * Alias resolution: which of the caller's beneficiaries a few words name ("a mi mamá",
 * "Robeto", "to my brother"), in plain Java with no Spring, fed an {@link AddressBook} of
 * {@link Contact}s. It answers like the banks' Verification of Payee: {@code EXACT} or
 * {@code CONFIDENT} only when one person clearly stands out, {@code AMBIGUOUS} with every
 * close candidate, {@code NONE} when nobody is close, because the assistant sends money
 * to whoever it names. Words, nicknames and relationships come from data files under
 * {@code resources/resolution}.
 */
package com.digitalbank.crm.resolution;
