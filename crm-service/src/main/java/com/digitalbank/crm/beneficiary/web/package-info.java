/**
 * The beneficiaries REST API under {@code /v1/beneficiaries}: list in cursor pages, add
 * (honouring {@code Idempotency-Key}), read, replace and remove the caller's own, and
 * resolve what the caller calls someone.
 */
package com.digitalbank.crm.beneficiary.web;
