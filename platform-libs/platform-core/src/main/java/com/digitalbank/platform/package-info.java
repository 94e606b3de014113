/**
 * Cross-cutting mechanisms every service gets by adding {@code platform-core}: each
 * sub-package is one mechanism. Those that need beans bring an auto-configuration whose
 * beans a service can replace and which {@code platform.<name>.enabled=false} switches
 * off; the others ({@code dynamodb}, {@code externalid}) are types a service calls. Knows
 * no service and no service's domain.
 */
package com.digitalbank.platform;
