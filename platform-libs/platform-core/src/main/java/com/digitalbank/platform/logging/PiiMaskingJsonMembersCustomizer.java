package com.digitalbank.platform.logging;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Runs every string value of a structured log line through {@link PiiMasker}. Registered
 * by the platform's default properties ({@code logging.structured.json.customizer}).
 */
public class PiiMaskingJsonMembersCustomizer implements StructuredLoggingJsonMembersCustomizer<Object> {

	@Override
	public void customize(JsonWriter.Members<Object> members) {
		members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, PiiMasker::mask));
	}

}
