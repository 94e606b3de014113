/**
 * One correlation id per request or message: accepted or created at the edge, put in the
 * MDC so every log line carries it, forwarded on outgoing HTTP and SQS, restored by
 * listeners.
 */
package com.digitalbank.platform.correlation;
