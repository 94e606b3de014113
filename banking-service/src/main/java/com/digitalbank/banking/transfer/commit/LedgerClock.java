package com.digitalbank.banking.transfer.commit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The times of planned transfers: strictly increasing at microsecond precision (the
 * ledger's sort key), so the ledger's order is the order in which balances were computed,
 * even for transfers planned within one microsecond. Only the writer thread uses it.
 */
final class LedgerClock {

	private final Clock clock;

	private Instant last = Instant.EPOCH;

	LedgerClock(Clock clock) {
		this.clock = clock;
	}

	Instant next() {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		last = now.isAfter(last) ? now : last.plus(1, ChronoUnit.MICROS);
		return last;
	}

}
