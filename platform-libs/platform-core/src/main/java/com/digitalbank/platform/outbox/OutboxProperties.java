package com.digitalbank.platform.outbox;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param table the service's outbox table; a service has an outbox when it names one
 * @param shards partitions of the table's index by age, so that a burst does not write
 * one hot index partition; the relay reads every shard
 * @param pollInterval pause between two relay passes
 * @param grace how long the relay leaves a new record to the writer that committed it,
 * which sends it right after its commit
 * @param claim how long a relay instance holds a record it is sending before another may
 * take it
 * @param pageSize records read per shard and pass
 */
@Validated
@ConfigurationProperties("platform.outbox")
public record OutboxProperties(@NotBlank String table, @DefaultValue("4") @Min(1) @Max(64) int shards,
		@DefaultValue("1s") Duration pollInterval, @DefaultValue("5s") Duration grace,
		@DefaultValue("30s") Duration claim, @DefaultValue("100") @Min(1) @Max(1000) int pageSize) {

}
