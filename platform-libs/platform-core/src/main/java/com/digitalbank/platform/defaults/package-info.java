/**
 * What every service gets whatever it runs on and whichever mechanisms it uses: default
 * properties (JSON logs, virtual threads, graceful shutdown, exact JSON numbers, actuator
 * exposure) and a UTC {@link java.time.Clock} bean, so that code asks for the time
 * instead of reading it, and tests can fix it.
 */
package com.digitalbank.platform.defaults;
