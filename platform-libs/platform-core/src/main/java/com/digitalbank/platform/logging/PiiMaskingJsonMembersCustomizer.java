package com.digitalbank.platform.logging;

import java.util.Set;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Runs every string value of a structured log line through {@link PiiMasker}. Registered
 * by the platform's default properties ({@code logging.structured.json.customizer}).
 * Trace and span ids are left alone: they are hex the tracer made or validated, and one
 * of digits only would otherwise be masked as an account number. An element of an array
 * has no name, and is masked.
 */
public class PiiMaskingJsonMembersCustomizer implements StructuredLoggingJsonMembersCustomizer<Object> {

	private static final Set<String> TRACE_IDS = Set.of("traceId", "spanId");

	@Override
	public void customize(JsonWriter.Members<Object> members) {
		members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, PiiMasker::mask)
			.whenHasPath(path -> path.name() == null || !TRACE_IDS.contains(path.name())));
	}

}
