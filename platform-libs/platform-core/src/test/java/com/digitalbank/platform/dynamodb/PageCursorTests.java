package com.digitalbank.platform.dynamodb;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageCursorTests {

	private static final PageCursor LEDGER = PageCursor.of("accountId", "entryKey");

	private static final PageCursor ORDERS_BY_DATE = PageCursor.of("GSI1PK", "GSI1SK", "PK", "SK");

	private static final Map<String, AttributeValue> LEDGER_KEY = Map.of("accountId",
			AttributeValue.fromS("acc-123-checking"), "entryKey",
			AttributeValue.fromS("2026-11-23T10:00:00.000000Z#3f1c1f9e-8a39-4c4e-9a61-3a4f6f0b1a11"));

	@Test
	void aLastEvaluatedKeyComesBackAsItWent() {
		String cursor = LEDGER.encode(LEDGER_KEY);

		assertThat(cursor).matches("[A-Za-z0-9_-]+");
		assertThat(LEDGER.decode(cursor)).isEqualTo(LEDGER_KEY);
	}

	@Test
	void anIndexKeyWithNumbersComesBackAsItWent() {
		Map<String, AttributeValue> key = Map.of("GSI1PK", AttributeValue.fromS("TENANT#acme"), "GSI1SK",
				AttributeValue.fromN("1732356000123"), "PK", AttributeValue.fromS("TENANT#acme"), "SK",
				AttributeValue.fromS("ORDER#purchase-42"));

		assertThat(ORDERS_BY_DATE.decode(ORDERS_BY_DATE.encode(key))).isEqualTo(key);
	}

	@Test
	void anItemKeepsOnlyItsKeyAttributes() {
		Map<String, AttributeValue> item = new HashMap<>(LEDGER_KEY);
		item.put("amount", AttributeValue.fromN("1500"));
		item.put("description", AttributeValue.fromS("Renta"));

		assertThat(LEDGER.decode(LEDGER.encode(item))).isEqualTo(LEDGER_KEY);
	}

	@Test
	void noKeyMeansNoCursorAndNoCursorMeansTheFirstPage() {
		assertThat(LEDGER.encode(null)).isNull();
		assertThat(LEDGER.encode(Map.of())).isNull();
		assertThat(LEDGER.decode(null)).isNull();
	}

	@Test
	void aCursorForTheSamePartitionIsFollowed() {
		String cursor = LEDGER.encode(LEDGER_KEY);

		assertThat(LEDGER.decode(cursor, Map.of("accountId", AttributeValue.fromS("acc-123-checking"))))
			.isEqualTo(LEDGER_KEY);
	}

	@Test
	void aCursorFromAnotherPartitionIsRefused() {
		String cursor = LEDGER.encode(LEDGER_KEY);

		assertInvalid(() -> LEDGER.decode(cursor, Map.of("accountId", AttributeValue.fromS("acc-456-checking"))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "not base64 at all!", "%%%", "e30", "W10", "bnVsbA", "eyJhY2NvdW50SWQiOg" })
	void garbageIsRefused(String cursor) {
		// e30 = {}, W10 = [], bnVsbA = null, the last one is truncated JSON
		assertInvalid(() -> LEDGER.decode(cursor));
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"accountId\":{\"S\":\"acc-1\"}}",
			"{\"accountId\":{\"S\":\"acc-1\"},\"entryKey\":{\"S\":\"k\"},\"extra\":{\"S\":\"x\"}}",
			"{\"accountId\":{\"S\":\"acc-1\"},\"other\":{\"S\":\"k\"}}",
			"{\"accountId\":{\"S\":\"acc-1\"},\"entryKey\":\"k\"}",
			"{\"accountId\":{\"S\":\"acc-1\"},\"entryKey\":{\"S\":\"\"}}",
			"{\"accountId\":{\"S\":\"acc-1\"},\"entryKey\":{\"S\":7}}",
			"{\"accountId\":{\"S\":\"acc-1\"},\"entryKey\":{\"N\":\"seven\"}}",
			"{\"accountId\":{\"S\":\"acc-1\"},\"entryKey\":{\"N\":7}}",
			"{\"accountId\":{\"S\":\"acc-1\"},\"entryKey\":{\"B\":\"AAEC\"}}",
			"{\"accountId\":{\"S\":\"acc-1\"},\"entryKey\":{\"S\":\"k\",\"N\":\"1\"}}",
			"{\"accountId\":{\"S\":\"acc-1\"},\"entryKey\":{\"M\":{}}}",
			"{\"accountId\":{\"S\":\"a\"},\"accountId\":{\"S\":\"b\"}}",
			"{\"accountId\":{\"S\":\"acc-1\"},\"entryKey\":{\"S\":\"k\"}} trailing" })
	void wrongShapesAreRefused(String json) {
		assertInvalid(() -> LEDGER.decode(base64(json)));
	}

	@Test
	void overlongCursorsAreRefusedUnread() {
		String json = "{\"accountId\":{\"S\":\"acc-1\"},\"entryKey\":{\"S\":\"" + "k".repeat(800) + "\"}}";

		assertThat(base64(json)).hasSizeGreaterThan(PageCursor.MAX_LENGTH);
		assertInvalid(() -> LEDGER.decode(base64(json)));
	}

	@Test
	void aKeyWithoutTheDeclaredAttributesIsAProgrammingError() {
		assertThatThrownBy(() -> LEDGER.encode(Map.of("accountId", AttributeValue.fromS("acc-1"))))
			.isInstanceOf(NullPointerException.class)
			.hasMessageContaining("entryKey");
		assertThatIllegalArgumentException().isThrownBy(() -> LEDGER
			.encode(Map.of("accountId", AttributeValue.fromS("acc-1"), "entryKey", AttributeValue.fromBool(true))));
	}

	private static void assertInvalid(ThrowingCallable decoding) {
		assertThatThrownBy(decoding).isInstanceOfSatisfying(BusinessException.class, ex -> {
			assertThat(ex.code()).isEqualTo("INVALID_CURSOR");
			assertThat(ex.kind()).isEqualTo(ErrorKind.INVALID);
			assertThat(ex.kind().status()).isEqualTo(400);
		});
	}

	private static String base64(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
