package com.digitalbank.platform.aws;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How hard AWS calls retry throttling and transient errors before the caller sees them.
 */
@ConfigurationProperties("platform.aws")
public record AwsProperties(@DefaultValue("5") int maxAttempts) {
}
