package com.digitalbank.platform.asyncapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.asyncapi.schemas.asyncapi.Reference;
import com.asyncapi.v3._0_0.model.AsyncAPI;
import com.asyncapi.v3._0_0.model.component.Components;
import com.asyncapi.v3._0_0.model.info.Info;
import com.asyncapi.v3._0_0.model.operation.Operation;
import com.asyncapi.v3._0_0.model.operation.OperationAction;
import com.digitalbank.platform.asyncapi.MessageDeclaration.Direction;
import com.digitalbank.platform.resources.QueueDeclaration;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Builds a service's AsyncAPI 3 document from its queue and message declarations: a
 * channel per queue and per dead-letter queue (the channel's id and address are the
 * queue's name), a send or receive operation per queue and direction, and each message
 * once under {@code components/messages}, its payload the envelope with the event's
 * {@code data} schema.
 */
final class AsyncApiDocumentBuilder {

	private final ObjectMapper mapper;

	AsyncApiDocumentBuilder(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	AsyncAPI build(Info info, List<QueueDeclaration> queues, List<MessageDeclaration> declarations) {
		PayloadSchemas schemas = new PayloadSchemas(mapper);
		EventMessages messages = new EventMessages(schemas, declarations);
		Map<String, Object> definitions = schemas.definitions();
		Map<String, QueueDeclaration> declared = new LinkedHashMap<>();
		queues.forEach(queue -> declared.putIfAbsent(queue.name(), queue));
		Map<String, Object> channels = new LinkedHashMap<>();
		Map<String, Object> operations = new LinkedHashMap<>();
		for (String queue : queueNames(declared.keySet(), declarations)) {
			addChannels(queue, declared.get(queue), messageReferences(queue, declarations), channels);
			for (Direction direction : Direction.values()) {
				operation(queue, direction, declarations)
					.ifPresent(operation -> operations.put(operationId(direction, queue), operation));
			}
		}
		return AsyncAPI.builder()
			.info(info)
			.defaultContentType("application/json")
			.servers(null)
			.channels(channels)
			.operations(operations)
			.components(Components.builder().schemas(definitions).messages(messages.messages()).build())
			.build();
	}

	/**
	 * The queue's channel, and its dead-letter queue's where this service declares it.
	 */
	private static void addChannels(String queue, QueueDeclaration declaration, Map<String, Object> messages,
			Map<String, Object> channels) {
		channels.put(queue, QueueChannels.channel(queue, declaration, messages));
		if (declaration != null) {
			channels.put(declaration.deadLetterQueueName(), QueueChannels.deadLetterChannel(declaration, messages));
		}
	}

	/**
	 * Declared queues first, then queues that only a message names (another service's).
	 */
	private static Set<String> queueNames(Set<String> declared, List<MessageDeclaration> declarations) {
		Set<String> names = new LinkedHashSet<>(declared);
		declarations.forEach(declaration -> names.add(declaration.queue()));
		return names;
	}

	private static Map<String, Object> messageReferences(String queue, List<MessageDeclaration> declarations) {
		Map<String, Object> references = new LinkedHashMap<>();
		declarations.stream()
			.filter(declaration -> declaration.queue().equals(queue))
			.forEach(declaration -> references.put(declaration.name(),
					new Reference("#/components/messages/" + declaration.name())));
		return references;
	}

	private static Optional<Operation> operation(String queue, Direction direction,
			List<MessageDeclaration> declarations) {
		List<Reference> messages = new ArrayList<>();
		declarations.stream()
			.filter(declaration -> declaration.queue().equals(queue) && declaration.direction() == direction)
			.map(MessageDeclaration::name)
			.distinct()
			.forEach(name -> messages.add(new Reference("#/channels/" + queue + "/messages/" + name)));
		if (messages.isEmpty()) {
			return Optional.empty();
		}
		boolean sends = direction == Direction.SEND;
		return Optional.of(Operation.builder()
			.action(sends ? OperationAction.SEND : OperationAction.RECEIVE)
			.channel(new Reference("#/channels/" + queue))
			.title(sends ? "Publishes to " + queue : "Listens on " + queue)
			.messages(messages)
			.build());
	}

	private static String operationId(Direction direction, String queue) {
		return direction.name().toLowerCase(Locale.ROOT) + "-" + queue;
	}

}
