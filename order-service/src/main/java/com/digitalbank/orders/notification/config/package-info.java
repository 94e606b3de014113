/** The notification steps' queues and the templates bucket. */
package com.digitalbank.orders.notification.config;
