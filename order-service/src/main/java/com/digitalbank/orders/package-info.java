/**
 * Order service: multi-tenant orders with an SQS pipeline, PDF invoices and e-mails.
 */
package com.digitalbank.orders;
