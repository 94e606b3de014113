package com.digitalbank.platform.outbox;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param table the service's own outbox table, for events that are not stored in the item
 * they announce (see {@link Outbox#addTo}); none unless set
 * @param shards partitions of the pending-events index, so that a burst does not write
 * one hot index partition; the relay reads every shard
 * @param pollInterval pause between two relay passes
 * @param grace how long the relay leaves a new event to the writer that recorded it,
 * which sends it right after its commit
 * @param claim how long a relay instance holds an event it is sending before another may
 * take it
 * @param pageSize events read per shard and pass
 */
@Validated
@ConfigurationProperties("platform.outbox")
public record OutboxProperties(String table, @DefaultValue("4") @Min(1) @Max(64) int shards,
		@DefaultValue("1s") Duration pollInterval, @DefaultValue("5s") Duration grace,
		@DefaultValue("30s") Duration claim, @DefaultValue("100") @Min(1) @Max(1000) int pageSize) {

	public boolean hasTable() {
		return table != null && !table.isBlank();
	}

}
