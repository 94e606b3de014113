package com.digitalbank.platform.groupcommit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.SmartLifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

/**
 * The writer's groups, its failures and its shutdown, with a committer that records what
 * it gets. The first group is held at a gate while the test queues what should wait for
 * the next one, so that every group is known in advance.
 */
class GroupWriterTests {

	private final List<List<Item>> groups = new CopyOnWriteArrayList<>();

	private final Map<Item, RuntimeException> failures = new ConcurrentHashMap<>();

	private final Set<Item> handBackOnce = ConcurrentHashMap.newKeySet();

	private final Set<Item> failing = ConcurrentHashMap.newKeySet();

	private final CountDownLatch firstGroupEntered = new CountDownLatch(1);

	private final CountDownLatch firstGroupReleased = new CountDownLatch(1);

	private volatile boolean gateFirstGroup;

	private volatile boolean interruptFirstGroup;

	private volatile String committingThread;

	private GroupWriter<Item> writer;

	@AfterEach
	void stopWriter() {
		firstGroupReleased.countDown();
		if (writer != null) {
			writer.stop();
		}
	}

	@Test
	void takesEveryItemWaitingAsOneGroupOnItsOwnThread() throws InterruptedException {
		start(writer(10));

		holdFirstGroup(item("a"));
		enqueue(item("b"), item("c"), item("d"));
		firstGroupReleased.countDown();

		await().untilAsserted(() -> assertThat(groups).containsExactly(items("a"), items("b", "c", "d")));
		assertThat(committingThread).isEqualTo("test-writer");
	}

	@Test
	void aGroupNeverHoldsMoreThanItsMaximum() throws InterruptedException {
		start(writer(3));

		holdFirstGroup(item("0"));
		enqueue(item("1"), item("2"), item("3"), item("4"), item("5"), item("6"), item("7"));
		firstGroupReleased.countDown();

		await().untilAsserted(() -> assertThat(groups).containsExactly(items("0"), items("1", "2", "3"),
				items("4", "5", "6"), items("7")));
	}

	@Test
	void aGroupHoldsOneItemPerKeyAndTheOthersWaitInOrder() throws InterruptedException {
		start(keyedWriter(10));

		holdFirstGroup(item("x", 0));
		enqueue(item("a", 1), item("a", 2), item("b", 1), item("a", 3), item("b", 2), item("c", 1));
		firstGroupReleased.countDown();

		await().untilAsserted(() -> assertThat(groups).containsExactly(List.of(item("x", 0)),
				List.of(item("a", 1), item("b", 1), item("c", 1)), List.of(item("a", 2), item("b", 2)),
				List.of(item("a", 3))));
	}

	@Test
	void itemsHandedBackGoFirstIntoTheNextGroupAheadOfTheirKeysLaterItems() throws InterruptedException {
		start(keyedWriter(10));
		handBackOnce.add(item("a", 1));

		holdFirstGroup(item("x", 0));
		enqueue(item("a", 1), item("b", 1), item("a", 2), item("c", 1));
		firstGroupReleased.countDown();

		await().untilAsserted(() -> assertThat(groups).containsExactly(List.of(item("x", 0)),
				List.of(item("a", 1), item("b", 1), item("c", 1)), List.of(item("a", 1)), List.of(item("a", 2))));
	}

	@Test
	void aCommitterThatThrowsFailsItsGroupAndTheWriterGoesOn() {
		start(writer(10));
		failing.add(item("bad"));

		writer.enqueue(item("bad"));
		await().untilAsserted(() -> assertThat(failures).containsKey(item("bad")));
		writer.enqueue(item("good"));

		await().untilAsserted(() -> assertThat(groups).contains(items("good")));
		assertThat(failures.get(item("bad"))).hasMessage("cannot write bad");
		assertThat(failures).doesNotContainKey(item("good"));
	}

	@Test
	void stopWritesWhatIsWaitingAndRefusesWhatComesAfter() throws InterruptedException {
		start(writer(2));

		holdFirstGroup(item("0"));
		enqueue(item("1"), item("2"), item("3"));
		CompletableFuture<Void> stopped = CompletableFuture.runAsync(writer::stop);
		await().until(() -> !writer.isRunning());
		writer.enqueue(item("late"));
		firstGroupReleased.countDown();

		assertThat(stopped).succeedsWithin(Duration.ofSeconds(10));
		assertThat(groups).containsExactly(items("0"), items("1", "2"), items("3"));
		assertThat(failures).containsOnlyKeys(item("late"));
		assertThat(failures.get(item("late"))).isInstanceOf(GroupWriterStoppedException.class)
			.hasMessage("test-writer is not running");
	}

	@Test
	void whatIsLeftWhenTheWriterIsInterruptedFailsAsStopped() throws InterruptedException {
		start(writer(10));
		interruptFirstGroup = true;

		holdFirstGroup(item("0"));
		enqueue(item("1"), item("2"));
		firstGroupReleased.countDown();

		await().untilAsserted(() -> assertThat(failures).containsOnlyKeys(item("0"), item("1"), item("2")));
		assertThat(failures.values())
			.allSatisfy(failure -> assertThat(failure).isInstanceOf(GroupWriterStoppedException.class)
				.hasMessage("test-writer stopped"));
		assertThat(writer.isRunning()).isFalse();
		assertThat(groups).containsExactly(items("0"));
	}

	@Test
	void anItemEnqueuedBeforeStartOrAfterStopFailsAtOnce() {
		writer = writer(10);
		writer.enqueue(item("early"));
		writer.start();
		writer.stop();
		writer.enqueue(item("late"));

		assertThat(failures).containsOnlyKeys(item("early"), item("late"));
		assertThat(failures.values())
			.allSatisfy(failure -> assertThat(failure).isInstanceOf(GroupWriterStoppedException.class)
				.hasMessageEndingWith("is not running"));
		assertThat(groups).isEmpty();
	}

	@Test
	void startsBeforeAndStopsAfterTheWebServerAndListeners() {
		assertThat(writer(1).getPhase()).isLessThan(SmartLifecycle.DEFAULT_PHASE);
	}

	@Test
	void aGroupHoldsAtLeastOneItem() {
		assertThatIllegalArgumentException().isThrownBy(() -> writer(0));
	}

	private GroupWriter<Item> writer(int maxGroup) {
		return new GroupWriter<>("test-writer", maxGroup, this::commit, failures::put);
	}

	private GroupWriter<Item> keyedWriter(int maxGroup) {
		return new GroupWriter<>("test-writer", maxGroup, Item::key, this::commit, failures::put);
	}

	private void start(GroupWriter<Item> started) {
		writer = started;
		writer.start();
	}

	/** Queues the first item and waits until the committer holds it at the gate. */
	private void holdFirstGroup(Item first) throws InterruptedException {
		gateFirstGroup = true;
		writer.enqueue(first);
		assertThat(firstGroupEntered.await(10, TimeUnit.SECONDS)).isTrue();
	}

	private void enqueue(Item... items) {
		for (Item item : items) {
			writer.enqueue(item);
		}
	}

	private List<Item> commit(List<Item> group) throws InterruptedException {
		committingThread = Thread.currentThread().getName();
		groups.add(List.copyOf(group));
		if (gateFirstGroup && firstGroupEntered.getCount() > 0) {
			firstGroupEntered.countDown();
			assertThat(firstGroupReleased.await(10, TimeUnit.SECONDS)).isTrue();
			if (interruptFirstGroup) {
				throw new InterruptedException("interrupted while committing");
			}
		}
		for (Item item : group) {
			if (failing.contains(item)) {
				throw new IllegalStateException("cannot write " + item.name());
			}
		}
		List<Item> handedBack = new ArrayList<>(group);
		handedBack.retainAll(handBackOnce);
		handBackOnce.removeAll(new HashSet<>(handedBack));
		return handedBack;
	}

	private static Item item(String name) {
		return new Item(name, 0);
	}

	private static Item item(String key, int sequence) {
		return new Item(key, sequence);
	}

	private static List<Item> items(String... names) {
		return Arrays.stream(names).map(GroupWriterTests::item).toList();
	}

	/** An item of the writer's; equal items are the same item here. */
	record Item(String key, int sequence) {

		String name() {
			return key;
		}

	}

}
