package com.digitalbank.platform.testapp;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** What the test application did, for tests to assert on. */
public class Recorder {

	public final AtomicInteger transfersExecuted = new AtomicInteger();

	public final AtomicInteger depositsCommitted = new AtomicInteger();

	/** While set, the deposit endpoint refuses every deposit with 422. */
	public volatile boolean depositsClosed;

	public final List<String> echoedCorrelationIds = new CopyOnWriteArrayList<>();

	public final List<String> echoedTraceparents = new CopyOnWriteArrayList<>();

	public final List<String> handledEvents = new CopyOnWriteArrayList<>();

}
