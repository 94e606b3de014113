/**
 * What the notification step keeps: e-mail templates in the templates bucket, and one
 * marker item per order and e-mail kind in the orders table that makes each e-mail go out
 * once.
 */
package com.digitalbank.orders.notification.persistence;
