package com.digitalbank.orders.order.persistence;

import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import com.digitalbank.platform.groupcommit.GroupWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Group commit for the pipeline's writes: the record writer's put of each new order, the
 * steps' claims and marks. The one thread per instance that writes them takes every write
 * waiting at that moment, up to {@code orders.pipeline.write-batch-size} on different
 * orders, and writes them as one {@link WriteGroup}. The steps' handlers run side by side
 * on virtual threads and each waits for its own answer, so under load a write costs a
 * share of one transaction instead of a call of its own; alone, it is still one
 * {@code PutItem} or {@code UpdateItem}. A write of an order already in the group waits
 * for the next one (a transaction may touch an item only once).
 */
@Component
class OrderWriter extends GroupWriter<PendingWrite> {

	/**
	 * Groups a write may be cancelled with by the others' faults before it is written
	 * alone.
	 */
	static final int MAX_ATTEMPTS = 5;

	OrderWriter(DynamoDbClient dynamoDb, @Value("${orders.pipeline.write-batch-size:25}") int maxGroup) {
		super("order-writer", Math.clamp(maxGroup, 1, 100), PendingWrite::key, new WriteGroup(dynamoDb)::write,
				PendingWrite::fail);
	}

	/**
	 * Writes the update with others waiting now, and answers when it is decided;
	 * {@code read} asks for the item after it.
	 */
	WriteOutcome update(Update update, boolean read) {
		return writeAndWait(PendingWrite.of(update, read));
	}

	/** Writes the put with others waiting now, and answers when it is decided. */
	WriteOutcome put(Put put) {
		return writeAndWait(PendingWrite.of(put));
	}

	private WriteOutcome writeAndWait(PendingWrite write) {
		enqueue(write);
		try {
			// A safety net should the writer never answer; normally answered in
			// milliseconds.
			return write.result().orTimeout(1, TimeUnit.MINUTES).join();
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
		}
	}

}
