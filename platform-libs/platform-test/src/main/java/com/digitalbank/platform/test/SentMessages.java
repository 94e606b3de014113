package com.digitalbank.platform.test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Every message the application under test sends to SQS, seen at its
 * {@code SqsAsyncClient} (whatever sent it: the platform's publisher, an
 * {@code SqsTemplate} or the SDK directly). Each local-stack test context has one; a test
 * autowires it and opens a {@link Recording} before it drives the service.
 */
public final class SentMessages {

	private final List<Recording> recordings = new CopyOnWriteArrayList<>();

	/**
	 * Starts recording. Sends from the calling thread are left out: that is the test
	 * feeding the service's input queues, not the service publishing.
	 */
	public Recording record() {
		Recording recording = new Recording(Thread.currentThread());
		recordings.add(recording);
		return recording;
	}

	void sent(String queueUrl, List<String> bodies) {
		Sent sent = new Sent(queueName(queueUrl), List.copyOf(bodies));
		recordings.forEach(recording -> recording.add(sent));
	}

	/** A queue's name from its URL (the last path segment) or its name itself. */
	static String queueName(String queueUrlOrName) {
		return queueUrlOrName.substring(queueUrlOrName.lastIndexOf('/') + 1);
	}

	/** One send: the queue and the bodies (several for a batch). */
	public record Sent(String queue, List<String> bodies) {
	}

	/** What the service sent since {@link #record()}, until {@link #close()}. */
	public final class Recording implements AutoCloseable {

		private final Thread test;

		private final List<Sent> sent = new CopyOnWriteArrayList<>();

		private Recording(Thread test) {
			this.test = test;
		}

		private void add(Sent message) {
			if (Thread.currentThread() != test) {
				sent.add(message);
			}
		}

		/** The queues the service sent to. */
		public Set<String> queues() {
			return sent.stream().map(Sent::queue).collect(Collectors.toCollection(TreeSet::new));
		}

		/**
		 * Whether some message the service sent contains the text (an id the test made).
		 */
		public boolean anyBodyContains(String text) {
			return sent.stream().flatMap(message -> message.bodies().stream()).anyMatch(body -> body.contains(text));
		}

		public List<Sent> sent() {
			return List.copyOf(sent);
		}

		@Override
		public void close() {
			recordings.remove(this);
		}

	}

}
