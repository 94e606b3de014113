/**
 * The order's e-mails: an internal notification on every new order and the customer's
 * confirmation with a link to the invoice. HTML with a plain-text part, rendered by
 * Thymeleaf from templates in the templates bucket (falling back to the ones shipped on
 * the classpath), and sent at most once per order and kind however often a message is
 * delivered.
 */
package com.digitalbank.orders.notification;
