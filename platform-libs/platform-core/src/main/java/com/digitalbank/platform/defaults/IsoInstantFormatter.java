package com.digitalbank.platform.defaults;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.text.ParseException;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.format.Formatter;
import org.springframework.format.datetime.standard.InstantFormatter;

/**
 * Reads an {@link Instant} from a query parameter or path variable in the ISO-8601 forms
 * clients send: {@code Z}, {@code +00:00}, {@code +0000} or {@code +00} as the offset,
 * with or without fractions of a second. {@code Instant.parse} and
 * {@code @DateTimeFormat(iso = DATE_TIME)} refuse {@code +0000}, which many clients
 * (Java's {@code SimpleDateFormat}, JavaScript libraries, {@code date +%FT%T%z}) write. A
 * time without an offset is refused: it names no instant. Written back always as
 * {@code Instant.toString()} does.
 */
class IsoInstantFormatter implements Formatter<Instant> {

	private static final DateTimeFormatter ISO_WITH_ANY_OFFSET = new DateTimeFormatterBuilder().parseCaseInsensitive()
		.append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
		.optionalStart()
		.appendOffset("+HH:MM:ss", "Z")
		.optionalEnd()
		.optionalStart()
		.appendOffset("+HHmm", "Z")
		.optionalEnd()
		.toFormatter(Locale.ROOT);

	private final InstantFormatter springDefault = new InstantFormatter();

	@Override
	public Instant parse(String text, Locale locale) throws ParseException {
		try {
			// An unencoded '+' in a query string arrives as a space.
			return OffsetDateTime.parse(text.strip().replace(' ', '+'), ISO_WITH_ANY_OFFSET).toInstant();
		}
		catch (DateTimeParseException ex) {
			// What Spring read before (RFC 1123, epoch milliseconds) it still reads.
			return springDefault.parse(text, locale);
		}
	}

	@Override
	public String print(Instant instant, Locale locale) {
		return instant.toString();
	}

}
