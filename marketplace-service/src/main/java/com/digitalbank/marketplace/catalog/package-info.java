/**
 * Retailers and their products, with the benefit rules each retailer offers. Work in
 * progress: the domain and the demo catalog; the store, the web API and live stock come
 * next (issue 18).
 */
package com.digitalbank.marketplace.catalog;
