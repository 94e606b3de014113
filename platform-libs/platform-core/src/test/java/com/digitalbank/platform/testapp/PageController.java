package com.digitalbank.platform.testapp;

import java.util.Map;

import com.digitalbank.platform.dynamodb.PageCursor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A list that hands out and follows cursors, without a table behind it. */
@RestController
class PageController {

	private static final PageCursor CURSOR = PageCursor.of("id");

	@GetMapping("/test/pages")
	Map<String, String> page(@RequestParam(required = false) String cursor) {
		Map<String, AttributeValue> start = CURSOR.decode(cursor);
		String after = start == null ? "item-0" : start.get("id").s();
		return Map.of("after", after, "nextCursor", CURSOR.encode(Map.of("id", AttributeValue.fromS(after + "+1"))));
	}

}
