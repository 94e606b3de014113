package com.digitalbank.platform.asyncapi;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The AsyncAPI document's title (the application's name when blank), description and
 * version.
 */
@ConfigurationProperties("platform.asyncapi")
public record AsyncApiProperties(@DefaultValue("") String title, @DefaultValue("") String description,
		@DefaultValue("v1") String version) {
}
