package com.digitalbank.banking.markets;

/** Where alerts are announced: an SNS topic in AWS, an SQS queue locally. */
public interface AlertChannel {

	void publish(MarketAlert alert);

}
