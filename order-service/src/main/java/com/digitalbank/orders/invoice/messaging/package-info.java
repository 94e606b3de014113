/**
 * The invoice step of the pipeline: {@code ORDER_RECORDED} in, {@code INVOICE_CREATED}
 * out.
 */
package com.digitalbank.orders.invoice.messaging;
