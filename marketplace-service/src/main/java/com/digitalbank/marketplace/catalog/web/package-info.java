/** The catalog's HTTP API. */
package com.digitalbank.marketplace.catalog.web;
