package com.digitalbank.platform.problem;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Limits on what a request may carry. */
@ConfigurationProperties("platform.web")
public record ProblemProperties(@DefaultValue("1MB") DataSize maxRequestSize) {
}
