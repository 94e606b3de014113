package com.digitalbank.platform.deadletter;

import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * A message waiting in a dead-letter queue: its body and message attributes (such as
 * {@code correlationId} and {@code eventType}), how often it was received (every receive
 * counts, a listing's own included), when it was first sent, its FIFO group if any, and
 * the failure that sent it there, or none when that is not known.
 */
public record DeadLetter(String messageId, String body, Map<String, String> attributes, int receiveCount,
		Instant sentAt, String messageGroupId, MessageFailure failure) {

	static DeadLetter of(Message message, MessageFailure failure) {
		Map<String, String> attributes = new TreeMap<>();
		message.messageAttributes().forEach((name, value) -> attributes.put(name, text(value)));
		Map<MessageSystemAttributeName, String> system = message.attributes();
		String sent = system.get(MessageSystemAttributeName.SENT_TIMESTAMP);
		String receives = system.get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT);
		return new DeadLetter(message.messageId(), message.body(), attributes,
				receives == null ? 0 : Integer.parseInt(receives),
				sent == null ? null : Instant.ofEpochMilli(Long.parseLong(sent)),
				system.get(MessageSystemAttributeName.MESSAGE_GROUP_ID), failure);
	}

	private static String text(MessageAttributeValue value) {
		if (value.stringValue() != null) {
			return value.stringValue();
		}
		return value.binaryValue() == null ? null
				: Base64.getEncoder().encodeToString(value.binaryValue().asByteArray());
	}

}
