package com.digitalbank.platform.messaging;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One received message: its SQS id, how often it was received, and its envelope with the data
 * still as JSON, so each consumer reads {@code data} into its own type.
 */
public record IncomingMessage(String messageId, int receiveCount, EventEnvelope<JsonNode> envelope,
		JsonMapper jsonMapper) {

	/**
	 * The event data as the consumer's type. A body that does not fit throws, and the message
	 * is retried and then dead-lettered.
	 */
	public <T> T data(Class<T> type) {
		if (envelope.data() == null || envelope.data().isNull()) {
			throw new MalformedMessageException("Message " + messageId + " has no data");
		}
		return jsonMapper.treeToValue(envelope.data(), type);
	}

}
