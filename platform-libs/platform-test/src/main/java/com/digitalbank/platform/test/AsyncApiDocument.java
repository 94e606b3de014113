package com.digitalbank.platform.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.asyncapi.v3._0_0.model.AsyncAPI;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's AsyncAPI document, read with the AsyncAPI model (so it is one) and checked
 * to be version 3.0.0 with every {@code $ref} resolving inside it. Its assertions compare
 * it with what the running service really does, found without the declarations the
 * document was built from: the queues its {@code @SqsListener} methods read
 * ({@link ListenerQueues}), the queues it sent to while the test drove it
 * ({@link SentMessages}), and the dead-letter queues SQS redrives them to.
 */
public final class AsyncApiDocument {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final JsonNode root;

	private AsyncApiDocument(JsonNode root) {
		this.root = root;
	}

	public static AsyncApiDocument validated(String json) {
		JsonNode root;
		try {
			JSON.readValue(json, AsyncAPI.class);
			root = JSON.readTree(json);
		}
		catch (JsonProcessingException ex) {
			throw new AssertionError("Not an AsyncAPI document: " + ex.getOriginalMessage(), ex);
		}
		assertThat(root.path("asyncapi").asText()).as("AsyncAPI version").isEqualTo("3.0.0");
		List<String> unresolved = new ArrayList<>();
		collectUnresolvedReferences(root, root, unresolved);
		assertThat(unresolved).as("$ref that point nowhere in the document").isEmpty();
		return new AsyncApiDocument(root);
	}

	/** Every channel's address. */
	public Set<String> addresses() {
		Set<String> addresses = new TreeSet<>();
		root.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));
		return addresses;
	}

	/** The addresses of the channels of the operations with this action. */
	public Set<String> addressesOf(String action) {
		Set<String> addresses = new TreeSet<>();
		root.path("operations").forEach(operation -> {
			if (operation.path("action").asText().equals(action)) {
				addresses.add(resolve(operation.at("/channel/$ref")).path("address").asText());
			}
		});
		return addresses;
	}

	/** The document receives exactly from the queues the service's listeners read. */
	public void assertReceivesFrom(Set<String> listenerQueues) {
		assertThat(addressesOf("receive")).as("queues with a receive operation, against the @SqsListener methods")
			.containsExactlyInAnyOrderElementsOf(listenerQueues);
	}

	/**
	 * The document sends exactly to the queues the service was seen sending to; the test
	 * must drive every flow that publishes.
	 */
	public void assertSendsTo(Set<String> observedDestinations) {
		assertThat(observedDestinations).as("queues the service was seen sending to").isNotEmpty();
		assertThat(addressesOf("send")).as("queues with a send operation, against the queues the service sent to")
			.containsExactlyInAnyOrderElementsOf(observedDestinations);
	}

	/**
	 * Every queue the document sends to or receives from that has a redrive policy in SQS
	 * has its dead-letter queue documented as a channel too.
	 */
	public void assertDocumentsDeadLetterQueues(SqsAsyncClient sqs) {
		Set<String> queues = new TreeSet<>(addressesOf("send"));
		queues.addAll(addressesOf("receive"));
		for (String queue : queues) {
			String url = sqs.getQueueUrl(request -> request.queueName(queue)).join().queueUrl();
			String policy = sqs
				.getQueueAttributes(request -> request.queueUrl(url).attributeNames(QueueAttributeName.REDRIVE_POLICY))
				.join()
				.attributes()
				.get(QueueAttributeName.REDRIVE_POLICY);
			assertThat(policy).as("redrive policy of " + queue).isNotNull();
			String deadLetterQueue = SentMessages
				.queueName(readTree(policy).path("deadLetterTargetArn").asText().replace(':', '/'));
			assertThat(addresses()).as("channels, against the dead-letter queue of " + queue).contains(deadLetterQueue);
		}
	}

	private JsonNode resolve(JsonNode reference) {
		return root.at(reference.asText().substring(1));
	}

	private static JsonNode readTree(String json) {
		try {
			return JSON.readTree(json);
		}
		catch (JsonProcessingException ex) {
			throw new AssertionError("Not JSON: " + json, ex);
		}
	}

	private static void collectUnresolvedReferences(JsonNode root, JsonNode node, List<String> unresolved) {
		if (node.isObject()) {
			JsonNode reference = node.get("$ref");
			if (reference != null && (!reference.asText().startsWith("#/")
					|| root.at(reference.asText().substring(1)).isMissingNode())) {
				unresolved.add(reference.asText());
			}
		}
		node.forEach(child -> collectUnresolvedReferences(root, child, unresolved));
	}

}
