package com.digitalbank.banking.markets.messaging;

import com.digitalbank.banking.markets.AlertChannel;
import com.digitalbank.banking.markets.MarketAlert;
import io.awspring.cloud.sns.core.SnsTemplate;

/** In AWS, alerts go to the trading-alerts SNS topic for any number of subscribers. */
class SnsAlertChannel implements AlertChannel {

	private final SnsTemplate sns;

	private final String topicArn;

	SnsAlertChannel(SnsTemplate sns, String topicArn) {
		this.sns = sns;
		this.topicArn = topicArn;
	}

	@Override
	public void publish(MarketAlert alert) {
		sns.convertAndSend(topicArn, alert);
	}

}
