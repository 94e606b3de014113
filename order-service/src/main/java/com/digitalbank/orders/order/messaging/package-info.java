/**
 * The order's side of the pipeline: the API's {@code ORDER_SUBMITTED} event and the
 * record writer that stores each order once and hands it on to the invoice and
 * notification steps.
 */
package com.digitalbank.orders.order.messaging;
