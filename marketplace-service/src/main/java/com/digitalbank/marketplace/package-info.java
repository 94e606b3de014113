/**
 * Marketplace service: retailers, products, benefits and the purchase saga.
 */
package com.digitalbank.marketplace;
