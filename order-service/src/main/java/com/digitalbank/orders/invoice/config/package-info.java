/** The invoice step's queue and bucket, and its renderer. */
package com.digitalbank.orders.invoice.config;
