/**
 * Orders of a tenant: what was bought, what it costs and where it stands. The feature's
 * root is its API ({@link com.digitalbank.orders.order.OrderManagement} and the domain
 * records); the sub-packages are its adapters. Invoices and e-mails depend on this
 * package, never the reverse.
 */
package com.digitalbank.orders.order;
