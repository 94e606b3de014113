package com.digitalbank.banking.transfer.commit;

import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/** What operators watch of group commit: its duration, its size and its conflicts. */
@Component
class TransferMetrics {

	private final Timer commitTimer;

	private final DistributionSummary batchSize;

	private final Counter conflicts;

	TransferMetrics(MeterRegistry meters) {
		this.commitTimer = Timer.builder("banking.transfers.commit")
			.description("One group-commit transaction")
			.publishPercentiles(0.5, 0.99)
			.register(meters);
		this.batchSize = DistributionSummary.builder("banking.transfers.batch.size")
			.description("Transfers committed per transaction")
			.register(meters);
		this.conflicts = Counter.builder("banking.transfers.conflicts")
			.description("Group commits cancelled because an account changed under them")
			.register(meters);
	}

	<T> T committed(int transfers, Supplier<T> commit) {
		batchSize.record(transfers);
		return commitTimer.record(commit);
	}

	void conflict() {
		conflicts.increment();
	}

}
