/**
 * Banking service: accounts, transfers, ledger, payments for the marketplace saga, and
 * market alerts.
 */
package com.digitalbank.banking;
