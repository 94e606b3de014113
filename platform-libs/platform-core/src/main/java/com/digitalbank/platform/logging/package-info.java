/**
 * One JSON object per log line (Spring Boot structured logging) with personal and
 * financial data masked in every string the line carries: message, MDC values and stack
 * traces alike.
 */
package com.digitalbank.platform.logging;
