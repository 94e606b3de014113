package com.digitalbank.platform.logging;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonWriter;

import static org.assertj.core.api.Assertions.assertThat;

class PiiMaskingJsonMembersCustomizerTests {

	@Test
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void masksEveryStringButTraceAndSpanIds() {
		// Ids of digits only happen (one span id in about two thousand): they must stay
		// whole to find the trace.
		JsonWriter<Map<String, String>> writer = JsonWriter.of(members -> {
			members.add("traceId", line -> line.get("traceId"));
			members.add("spanId", line -> line.get("spanId"));
			members.add("message", line -> line.get("message"));
			new PiiMaskingJsonMembersCustomizer().customize((JsonWriter.Members) members);
		});

		String json = writer.writeToString(Map.of("traceId", "12345678901234567890123456789012", "spanId",
				"1234567890123456", "message", "from account 1234567890"));

		assertThat(json).contains("\"traceId\":\"12345678901234567890123456789012\"")
			.contains("\"spanId\":\"1234567890123456\"")
			.contains("\"message\":\"from account ******7890\"");
	}

	@Test
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void masksStringsInsideArraysWhoseElementsHaveNoName() {
		JsonWriter<Map<String, List<String>>> writer = JsonWriter.of(members -> {
			members.add("tags", line -> line.get("tags"));
			new PiiMaskingJsonMembersCustomizer().customize((JsonWriter.Members) members);
		});

		String json = writer.writeToString(Map.of("tags", List.of("plain", "account 1234567890")));

		assertThat(json).isEqualTo("{\"tags\":[\"plain\",\"account ******7890\"]}");
	}

}
