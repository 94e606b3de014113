package com.digitalbank.platform.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Paths a service opens beyond health, docs and OpenAPI (a web page, for example). */
@ConfigurationProperties("platform.security")
public record SecurityProperties(@DefaultValue List<String> publicPaths) {
}
