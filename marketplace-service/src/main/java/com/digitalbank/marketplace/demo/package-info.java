/** The demo catalog and benefit rules that {@code ./dev up} starts with. */
package com.digitalbank.marketplace.demo;
