/** The order feature's resources (table, queue) and its wiring. */
package com.digitalbank.orders.order.config;
