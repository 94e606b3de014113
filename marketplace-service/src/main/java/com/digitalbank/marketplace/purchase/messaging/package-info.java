/** The purchase queues: events out, the buyer's e-mail in. */
package com.digitalbank.marketplace.purchase.messaging;
