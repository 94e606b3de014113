package com.digitalbank.banking.markets.messaging;

import com.digitalbank.banking.markets.AlertChannel;
import com.digitalbank.banking.markets.MarketAlert;
import com.digitalbank.platform.messaging.EventPublisher;
import com.digitalbank.platform.messaging.OutgoingEvent;

/** Locally, alerts are MARKET_ALERT events on an SQS queue. */
class SqsAlertChannel implements AlertChannel {

	static final String EVENT_TYPE = "MARKET_ALERT";

	private final EventPublisher events;

	private final String queue;

	SqsAlertChannel(EventPublisher events, String queue) {
		this.events = events;
		this.queue = queue;
	}

	@Override
	public void publish(MarketAlert alert) {
		events.publish(queue, OutgoingEvent.of(EVENT_TYPE, alert));
	}

}
