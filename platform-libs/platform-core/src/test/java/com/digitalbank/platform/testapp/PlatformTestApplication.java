package com.digitalbank.platform.testapp;

import java.time.Duration;

import com.digitalbank.platform.resources.KeyAttribute;
import com.digitalbank.platform.resources.QueueDeclaration;
import com.digitalbank.platform.resources.TableDeclaration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A small service built only from platform-core, to test the platform as services use it.
 */
@SpringBootApplication
public class PlatformTestApplication {

	public static final String EVENTS_QUEUE = "platform-test-events";

	/** A queue nobody listens on: what is sent to it stays there for a test to read. */
	public static final String PARKED_QUEUE = "platform-test-parked";

	/** Where the test saga announces its changes; nobody listens. */
	public static final String SAGA_EVENTS_QUEUE = "platform-test-saga-events";

	public static final String DEPOSITS_TABLE = "platform-test-deposits";

	/** Things whose changes are announced through the outbox. */
	public static final String THINGS_TABLE = "platform-test-things";

	@Bean
	QueueDeclaration eventsQueue() {
		// Short visibility so a failing message reaches its dead-letter queue within
		// seconds.
		return QueueDeclaration.of(EVENTS_QUEUE).withVisibilityTimeout(Duration.ofSeconds(2));
	}

	@Bean
	QueueDeclaration parkedQueue() {
		return QueueDeclaration.of(PARKED_QUEUE);
	}

	@Bean
	TableDeclaration depositsTable() {
		return TableDeclaration.of(DEPOSITS_TABLE, KeyAttribute.string("depositId"));
	}

	@Bean
	TableDeclaration thingsTable() {
		return TableDeclaration.of(THINGS_TABLE, KeyAttribute.string("thingId"));
	}

	@Bean
	QueueDeclaration sagaEventsQueue() {
		return QueueDeclaration.of(SAGA_EVENTS_QUEUE);
	}

	@Bean
	SagaParticipant sagaParticipant() {
		return new SagaParticipant();
	}

	@Bean
	TestOrderSaga testOrderSaga(SagaParticipant participant) {
		return new TestOrderSaga(participant);
	}

	@Bean
	Recorder recorder() {
		return new Recorder();
	}

}
