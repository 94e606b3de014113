/**
 * Banking as the marketplace sees it: the pivot of the purchase saga (pay, void, credit
 * cashback) as the marketplace itself, and the buyer's account as the buyer.
 */
package com.digitalbank.marketplace.bank;
