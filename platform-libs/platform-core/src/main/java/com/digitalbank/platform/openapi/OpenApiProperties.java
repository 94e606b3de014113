package com.digitalbank.platform.openapi;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** What Swagger UI shows at the top of a service's page. */
@ConfigurationProperties("platform.openapi")
public record OpenApiProperties(@DefaultValue("") String title, @DefaultValue("") String description,
		@DefaultValue("v1") String version) {
}
