/**
 * Retailers and their products, with the benefit rules each retailer offers and the live
 * stock the purchase saga takes from and returns to.
 */
package com.digitalbank.marketplace.catalog;
