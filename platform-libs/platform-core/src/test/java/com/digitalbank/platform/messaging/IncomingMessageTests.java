package com.digitalbank.platform.messaging;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncomingMessageTests {

	private final JsonMapper jsonMapper = JsonMapper.builder().build();

	@Test
	void readsTheDataOfAnEnvelopeIntoTheConsumersType() {
		IncomingMessage message = message(
				"{\"version\":1,\"eventId\":\"e\",\"eventType\":\"PAID\",\"tenantId\":\"acme\","
						+ "\"data\":{\"name\":\"x\"}}");

		assertThat(message.data(Map.class)).containsEntry("name", "x");
		assertThat(message.envelope().eventType()).isEqualTo("PAID");
	}

	@Test
	void parsesItsEnvelopeOnceForEveryCheckAndRead() {
		IncomingMessage message = message(
				"{\"version\":1,\"eventType\":\"PAID\",\"tenantId\":\"acme\",\"data\":{\"name\":\"x\"}}");

		message.requireType("PAID");
		message.requireTenant("acme");

		assertThat(message.envelope()).isSameAs(message.envelope());
		assertThat(message.data(Map.class)).containsEntry("name", "x");
	}

	@Test
	void refusesDataOfAnotherTenantThanItsEnvelope() {
		IncomingMessage message = message("{\"version\":1,\"eventType\":\"PAID\",\"tenantId\":\"acme\",\"data\":{}}");

		message.requireTenant("acme");
		assertThatThrownBy(() -> message.requireTenant("globex")).isInstanceOf(MalformedMessageException.class);
	}

	@Test
	void refusesAnEventOfAnotherTypeThanTheListenerReads() {
		IncomingMessage message = message("{\"version\":1,\"eventType\":\"PAID\",\"tenantId\":\"acme\",\"data\":{}}");

		message.requireType("PAID");
		message.requireType("REFUNDED", "PAID");
		assertThatThrownBy(() -> message.requireType("REFUNDED")).isInstanceOf(MalformedMessageException.class)
			.hasMessageContaining("PAID")
			.hasMessageContaining("REFUNDED");
		assertThatThrownBy(() -> message("{\"symbol\":\"X\"}").requireType("PAID"))
			.isInstanceOf(MalformedMessageException.class);
	}

	@Test
	void refusesBodiesThatAreNotEnvelopes() {
		assertThatThrownBy(() -> message("not json").data(Map.class)).isInstanceOf(MalformedMessageException.class);
		assertThatThrownBy(() -> message("{\"symbol\":\"X\"}").envelope())
			.isInstanceOf(MalformedMessageException.class);
		assertThatThrownBy(() -> message("{\"version\":1,\"eventType\":\"PAID\"}").data(Map.class))
			.isInstanceOf(MalformedMessageException.class);
	}

	@Test
	void readsRawBodiesForMessagesFromOutsideThePlatform() {
		record Tick(String symbol) {
		}

		assertThat(message("{\"symbol\":\"AMZN\"}").bodyAs(Tick.class).symbol()).isEqualTo("AMZN");
		assertThatThrownBy(() -> message("[1,2]").bodyAs(Tick.class)).isInstanceOf(MalformedMessageException.class);
	}

	private IncomingMessage message(String body) {
		return new IncomingMessage("m-1", 1, body, jsonMapper);
	}

}
