package com.digitalbank.platform.deadletter;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.digitalbank.platform.resources.QueueDeclaration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code /actuator/queues}: the service's queues with their depths;
 * {@code /actuator/queues/{queue}}: the messages in its dead-letter queue
 * ({@code ?limit=}, 10 by default, at most 100); {@code POST /actuator/queues/{queue}}:
 * moves them back to the queue, all, or those named in {@code {"messageIds": "id1,id2"}}.
 * A queue is named by its own name or its dead-letter queue's.
 */
@Endpoint(id = "queues")
public class QueuesEndpoint {

	static final int DEFAULT_LIMIT = 10;

	static final int MAX_LIMIT = 100;

	static final int MAX_IDS = 100;

	private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");

	private static final Pattern MESSAGE_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");

	private final DeclaredQueues queues;

	private final QueueClient client;

	private final DeadLetterReader reader;

	private final DeadLetterRedrive redrive;

	QueuesEndpoint(DeclaredQueues queues, QueueClient client, DeadLetterReader reader, DeadLetterRedrive redrive) {
		this.queues = queues;
		this.client = client;
		this.reader = reader;
		this.redrive = redrive;
	}

	@ReadOperation
	public QueueList queues() {
		return new QueueList(queues.all().stream().map(this::summary).toList());
	}

	@ReadOperation
	public DeadLetterListing deadLetters(@Selector String queue, @Nullable Integer limit) {
		int count = limit == null ? DEFAULT_LIMIT : limit;
		if (count < 1 || count > MAX_LIMIT) {
			throw new InvalidDeadLetterRequestException(InvalidDeadLetterRequestException.INVALID_LIMIT,
					"The limit must be between 1 and " + MAX_LIMIT + ".");
		}
		return reader.list(queues.find(queue), count);
	}

	/**
	 * {@code messageIds} is one string of ids separated by commas or spaces: actuator
	 * reads a write operation's JSON body as a map of strings.
	 */
	@WriteOperation
	public RedriveReport redrive(@Selector String queue, @Nullable String messageIds) {
		QueueDeclaration declaration = queues.find(queue);
		return redrive.redrive(declaration, validIds(messageIds));
	}

	private QueueSummary summary(QueueDeclaration queue) {
		try {
			return QueueSummary.of(queue, client.depth(queue.name()), client.depth(queue.deadLetterQueueName()));
		}
		catch (RuntimeException ex) {
			Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
			return QueueSummary.unreadable(queue, "Could not read the queue: " + cause.getClass().getSimpleName());
		}
	}

	private static Set<String> validIds(@Nullable String messageIds) {
		if (messageIds == null) {
			return Set.of();
		}
		List<String> ids = SEPARATORS.splitAsStream(messageIds.strip()).filter(id -> !id.isEmpty()).toList();
		if (ids.isEmpty() || ids.size() > MAX_IDS) {
			throw new InvalidDeadLetterRequestException(InvalidDeadLetterRequestException.INVALID_MESSAGE_ID,
					"Name between 1 and " + MAX_IDS + " message ids, or none to redrive every message.");
		}
		for (String id : ids) {
			if (!MESSAGE_ID.matcher(id).matches()) {
				throw new InvalidDeadLetterRequestException(InvalidDeadLetterRequestException.INVALID_MESSAGE_ID,
						"A message id is made of at most 128 letters, digits, '-' and '_'.");
			}
		}
		return new LinkedHashSet<>(ids);
	}

}
