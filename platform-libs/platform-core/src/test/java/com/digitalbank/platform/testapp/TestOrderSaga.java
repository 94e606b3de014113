package com.digitalbank.platform.testapp;

import java.util.List;
import java.util.Map;

import com.digitalbank.platform.messaging.OutgoingEvent;
import com.digitalbank.platform.saga.SagaDefinition;
import com.digitalbank.platform.saga.SagaStep;
import com.digitalbank.platform.saga.SagaTransition;
import com.digitalbank.platform.saga.SagaWrites;

/**
 * A purchase-shaped saga: reserve → pay (the pivot) → confirm; announces each change of
 * status on the saga events queue.
 */
public class TestOrderSaga implements SagaDefinition<TestOrder> {

	public static final String TYPE = "test-order";

	private final SagaParticipant participant;

	public TestOrderSaga(SagaParticipant participant) {
		this.participant = participant;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public Class<TestOrder> dataType() {
		return TestOrder.class;
	}

	@Override
	public List<SagaStep<TestOrder>> steps() {
		return List.of(SagaStep.of("reserve", participant::act, participant::undo),
				SagaStep.of("pay", participant::act, participant::undo), SagaStep.of("confirm", participant::act));
	}

	@Override
	public int pivot() {
		return 1;
	}

	@Override
	public void onTransition(SagaTransition<TestOrder> transition, SagaWrites writes) {
		if (transition.statusChanged()) {
			writes.event(PlatformTestApplication.SAGA_EVENTS_QUEUE, OutgoingEvent
				.of("TEST_ORDER_" + transition.next().status(), Map.of("orderId", transition.data().orderId())));
		}
	}

}
