/** The purchases' HTTP API. */
package com.digitalbank.marketplace.purchase.web;
