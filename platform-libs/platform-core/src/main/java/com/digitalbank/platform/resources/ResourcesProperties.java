package com.digitalbank.platform.resources;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code create-missing}: create declared resources that do not exist (local and tests
 * only).
 */
@ConfigurationProperties("platform.resources")
public record ResourcesProperties(boolean createMissing) {
}
