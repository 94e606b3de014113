/**
 * Demo data for {@code ./dev up}: the beneficiaries of {@code user-123} and
 * {@code user-456}, pointing at banking's demo accounts.
 */
package com.digitalbank.crm.demo;
