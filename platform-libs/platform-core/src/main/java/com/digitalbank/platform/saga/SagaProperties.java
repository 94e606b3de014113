package com.digitalbank.platform.saga;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param table the service's saga table; a service runs sagas when it names one
 * @param queue the queue whose messages drive its sagas
 * @param maxStepAttempts see {@link SagaPolicy}
 * @param stepLease see {@link SagaPolicy}; the queue's visibility timeout is this plus
 * half a minute, so a message is not received again while its step may still run
 * @param sweepInterval pause between two sweeps
 * @param sweepGrace how long a saga may be overdue before the sweeper pushes it
 * @param haltAt for crash tests only: the point where the process halts (see
 * {@link SagaHaltPoint}); empty in any real deployment
 */
@Validated
@ConfigurationProperties("platform.saga")
public record SagaProperties(@NotBlank String table, @NotBlank String queue,
		@DefaultValue("5") @Min(1) int maxStepAttempts, @DefaultValue("1s") Duration baseBackoff,
		@DefaultValue("5m") Duration maxBackoff, @DefaultValue("30s") Duration stepLease,
		@DefaultValue("10") @Min(1) int alertAfter, @DefaultValue("10s") Duration sweepInterval,
		@DefaultValue("30s") Duration sweepGrace, String haltAt) {

	SagaPolicy policy() {
		return new SagaPolicy(maxStepAttempts, baseBackoff, maxBackoff, stepLease, alertAfter);
	}

}
