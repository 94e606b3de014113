/**
 * Cross-cutting mechanisms every service gets by adding {@code platform-core}: each
 * sub-package is one mechanism with its own auto-configuration. Knows no service and no
 * service's domain.
 */
package com.digitalbank.platform;
