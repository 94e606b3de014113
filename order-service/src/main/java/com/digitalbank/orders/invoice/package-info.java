/**
 * The PDF invoice of an order: rendered once with OpenPDF, stored at
 * {@code invoices/{tenantId}/{orderId}.pdf}, and linked to the customer by a presigned
 * URL.
 */
package com.digitalbank.orders.invoice;
