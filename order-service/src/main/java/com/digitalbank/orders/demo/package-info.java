/**
 * Demo data for {@code ./dev up}: tenant {@code acme} with orders in several statuses.
 */
package com.digitalbank.orders.demo;
