/** Where voided payment ids are kept. */
package com.digitalbank.banking.payment.persistence;
