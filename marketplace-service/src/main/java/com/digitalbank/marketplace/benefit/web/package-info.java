/** The benefits quote's HTTP API. */
package com.digitalbank.marketplace.benefit.web;
