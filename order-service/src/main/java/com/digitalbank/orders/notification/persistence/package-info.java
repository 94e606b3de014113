/**
 * What the notification step reads: e-mail templates in the templates bucket. Which
 * e-mails went out is kept on the order (through the order feature's claims).
 */
package com.digitalbank.orders.notification.persistence;
