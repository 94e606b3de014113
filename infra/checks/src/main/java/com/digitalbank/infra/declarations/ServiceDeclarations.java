package com.digitalbank.infra.declarations;

import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import com.digitalbank.platform.resources.BucketDeclaration;
import com.digitalbank.platform.resources.IndexDeclaration;
import com.digitalbank.platform.resources.KeyAttribute;
import com.digitalbank.platform.resources.QueueDeclaration;
import com.digitalbank.platform.resources.TableDeclaration;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What one service declares, keyed by the name it declares (the name before an
 * environment's suffix), each with the configuration properties that hold that name, so
 * an environment can give the service its suffixed names.
 */
public record ServiceDeclarations(SortedMap<String, Table> tables, SortedMap<String, Queue> queues,
		SortedMap<String, Bucket> buckets) {

	static ServiceDeclarations of(ConfigurableApplicationContext context) {
		SortedMap<String, Table> tables = new TreeMap<>();
		SortedMap<String, Queue> queues = new TreeMap<>();
		SortedMap<String, Bucket> buckets = new TreeMap<>();
		// The declarations first: they create the properties beans that name them.
		var tableDeclarations = context.getBeansOfType(TableDeclaration.class).values();
		var queueDeclarations = context.getBeansOfType(QueueDeclaration.class).values();
		var bucketDeclarations = context.getBeansOfType(BucketDeclaration.class).values();
		NamingProperties naming = NamingProperties.of(context);
		Set<String> consumed = ListenedQueues.of(context);
		tableDeclarations.forEach(table -> tables.put(table.name(), Table.of(table, naming.naming(table.name()))));
		queueDeclarations.forEach(queue -> queues.put(queue.name(),
				Queue.of(queue, naming.naming(queue.name()), consumed.contains(queue.name()))));
		bucketDeclarations.forEach(bucket -> buckets.put(bucket.name(), new Bucket(naming.naming(bucket.name()))));
		return new ServiceDeclarations(tables, queues, buckets);
	}

	/** A DynamoDB table: on demand everywhere; {@code ttlAttribute} may be null. */
	public record Table(List<String> properties, Key hashKey, Key rangeKey, List<Index> globalIndexes,
			String ttlAttribute) {

		static Table of(TableDeclaration table, List<String> properties) {
			return new Table(properties, Key.of(table.partitionKey()), Key.of(table.sortKey()),
					table.globalIndexes().stream().map(Index::of).toList(), table.timeToLiveAttribute());
		}

	}

	/** A key attribute, typed as DynamoDB names types ({@code S}, {@code N}). */
	public record Key(String name, String type) {

		static Key of(KeyAttribute key) {
			return (key != null) ? new Key(key.name(), (key.type() == KeyAttribute.Type.NUMBER) ? "N" : "S") : null;
		}

	}

	/** A global secondary index projecting every attribute. */
	public record Index(String name, Key hashKey, Key rangeKey) {

		static Index of(IndexDeclaration index) {
			return new Index(index.name(), Key.of(index.partitionKey()), Key.of(index.sortKey()));
		}

	}

	/**
	 * A queue and its dead-letter queue; {@code consumed} when the service listens on it
	 * (its tasks then scale on the queue's depth).
	 */
	public record Queue(List<String> properties, long visibilityTimeoutSeconds, int maxReceiveCount, boolean fifo,
			String deadLetterQueue, boolean consumed) {

		static Queue of(QueueDeclaration queue, List<String> properties, boolean consumed) {
			return new Queue(properties, queue.visibilityTimeout().toSeconds(), queue.maxReceiveCount(), queue.fifo(),
					queue.deadLetterQueueName(), consumed);
		}

	}

	/** An S3 bucket. */
	public record Bucket(List<String> properties) {

	}

}
