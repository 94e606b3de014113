package com.digitalbank.platform.saga;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.digitalbank.platform.periodic.PeriodicTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Pushes sagas whose message went missing: those due for longer than the grace period (a
 * lost send, a message dead-lettered, a driver that died holding a lease). Any number of
 * instances may sweep at once: each leases a saga (a conditional write that hides it from
 * the sweepers' index until the lease ends) before sending its message, so a saga gets
 * one push per lease, and the driver that receives it finds it due.
 */
public class SagaSweeper implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SagaSweeper.class);

	private static final int PAGE = 100;

	private final SagaStore store;

	private final SagaMessages messages;

	private final Duration grace;

	private final Duration lease;

	private final Duration interval;

	private final Clock clock;

	private final PeriodicTask passes;

	SagaSweeper(SagaStore store, SagaMessages messages, SagaProperties properties, Clock clock) {
		this.store = store;
		this.messages = messages;
		this.grace = properties.sweepGrace();
		this.lease = properties.stepLease();
		this.interval = properties.sweepInterval();
		this.clock = clock;
		this.passes = new PeriodicTask("saga-sweeper", this.interval, this::pass);
	}

	/** One pass; answers how many sagas it pushed. */
	public int sweepOnce() {
		Instant now = clock.instant();
		int pushed = 0;
		Instant dueBefore = now.minus(grace);
		for (SagaState due : store.due(dueBefore, PAGE)) {
			if (store.lease(due, dueBefore, now.plus(lease))) {
				messages.sendNow(due.sagaId());
				pushed++;
			}
		}
		if (pushed > 0) {
			log.info("Saga sweeper pushed {} sagas waiting longer than {}", pushed, grace);
		}
		return pushed;
	}

	private void pass() {
		try {
			sweepOnce();
		}
		catch (RuntimeException ex) {
			log.warn("Saga sweep failed; it tries again in {}", interval, ex);
		}
	}

	@Override
	public void start() {
		passes.start();
	}

	@Override
	public void stop() {
		passes.stop();
	}

	@Override
	public boolean isRunning() {
		return passes.isRunning();
	}

}
