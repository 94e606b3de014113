package com.digitalbank.platform.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.digitalbank.platform.defaults.ClockAutoConfiguration;
import io.awspring.cloud.sqs.listener.acknowledgement.BatchAcknowledgement;
import io.awspring.cloud.sqs.operations.SqsTemplate;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryEventPublisherBeansApplicationListener;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration;
import org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * The trace of the work that prepares an event travels as its {@code traceparent}
 * attribute, and the listener handles the message in a span of that trace, with Boot's
 * OpenTelemetry tracing configured as services have it.
 */
class MessageTracingTests {

	private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";

	private static final String PARENT_SPAN_ID = "b7ad6b7169203331";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenTelemetrySdkAutoConfiguration.class,
				OpenTelemetryTracingAutoConfiguration.class, JacksonAutoConfiguration.class,
				ClockAutoConfiguration.class, MessagingAutoConfiguration.class))
		// What SpringApplication does and a runner does not: trace ids reach the MDC.
		.withInitializer(
				context -> context.addApplicationListener(new OpenTelemetryEventPublisherBeansApplicationListener()))
		.withPropertyValues("management.tracing.sampling.probability=1.0")
		.withBean(SqsTemplate.class, () -> mock(SqsTemplate.class));

	@BeforeAll
	static void traceIdsReachTheMdc() {
		OpenTelemetryEventPublisherBeansApplicationListener.addWrapper();
	}

	@Test
	void aPreparedEventCarriesTheCurrentSpansTraceparent() {
		runner.run(context -> {
			Tracer tracer = context.getBean(Tracer.class);
			Span span = tracer.nextSpan().name("request").start();
			try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
				PreparedEvent event = context.getBean(EventPublisher.class)
					.prepare(OutgoingEvent.of("TEST_EVENT", Map.of()));

				assertThat(event.attributes()).containsEntry("traceparent",
						"00-" + span.context().traceId() + "-" + span.context().spanId() + "-01");
			}
			finally {
				span.end();
			}
		});
	}

	@Test
	void withoutACurrentSpanAnEventCarriesNoTrace() {
		runner.run(context -> assertThat(
				context.getBean(EventPublisher.class).prepare(OutgoingEvent.of("TEST_EVENT", Map.of())).attributes())
			.doesNotContainKey("traceparent")
			.containsKeys("correlationId", "eventType", "eventId"));
	}

	@Test
	void anEventPreparedOnAnotherThreadContinuesTheTraceItWasGiven() {
		runner.run(context -> {
			Tracer tracer = context.getBean(Tracer.class);
			Span request = tracer.nextSpan().name("request").start();
			TraceHeaders captured;
			try (Tracer.SpanInScope scope = tracer.withSpan(request)) {
				captured = context.getBean(MessageTracing.class).current();
			}
			request.end();
			Span writer = tracer.nextSpan().name("writer").start();
			try (Tracer.SpanInScope scope = tracer.withSpan(writer)) {
				PreparedEvent event = context.getBean(EventPublisher.class)
					.prepare(OutgoingEvent.of("TEST_EVENT", Map.of()).continuing(captured));

				assertThat(event.attributes().get("traceparent")).startsWith("00-" + request.context().traceId())
					.isEqualTo(captured.fields().get("traceparent"));
			}
			finally {
				writer.end();
			}
		});
	}

	@Test
	void aListenerHandlesEachMessageInASpanOfItsSendersTrace() {
		runner.run(context -> {
			List<String> seen = handle(context,
					MessageBuilder.withPayload("{}")
						.setHeader("traceparent", "00-" + TRACE_ID + "-" + PARENT_SPAN_ID + "-01")
						.build());

			assertThat(seen).containsExactly(TRACE_ID + " parent " + PARENT_SPAN_ID + " logged " + TRACE_ID);
		});
	}

	@Test
	void aMessageWithoutTraceStartsATraceOfItsOwn() {
		runner.run(context -> {
			List<String> seen = handle(context, MessageBuilder.withPayload("{}").build(),
					MessageBuilder.withPayload("{}").build());

			assertThat(seen).hasSize(2)
				.doesNotHaveDuplicates()
				.allSatisfy(line -> assertThat(line).matches("(\\p{XDigit}{32}) parent null logged \\1"));
			assertThat(MDC.get("traceId")).as("nothing left behind on the listener's thread").isNull();
		});
	}

	@Test
	void withoutTracingEventsGoWithoutTraceAndListenersStillWork() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ClockAutoConfiguration.class,
					MessagingAutoConfiguration.class))
			.withBean(SqsTemplate.class, () -> mock(SqsTemplate.class))
			.run(context -> {
				assertThat(context.getBean(MessageTracing.class)).isSameAs(MessageTracing.NONE);
				assertThat(context.getBean(EventPublisher.class)
					.prepare(OutgoingEvent.of("TEST_EVENT", Map.of()))
					.attributes()).doesNotContainKey("traceparent");
				List<String> handled = new ArrayList<>();
				context.getBean(BatchProcessor.class)
					.process(List.of(MessageBuilder.withPayload("{}").build()), acknowledgement(),
							message -> handled.add(message.messageId()));
				assertThat(handled).hasSize(1);
			});
	}

	/**
	 * What each handler saw: its span's trace and parent, and the trace id its log lines
	 * carry.
	 */
	private static List<String> handle(AssertableApplicationContext context, Message<String>... messages) {
		Tracer tracer = context.getBean(Tracer.class);
		List<String> seen = new ArrayList<>();
		context.getBean(BatchProcessor.class).process(List.of(messages), acknowledgement(), message -> {
			Span span = tracer.currentSpan();
			seen.add(span.context().traceId() + " parent " + span.context().parentId() + " logged "
					+ MDC.get("traceId"));
		});
		return seen;
	}

	@SuppressWarnings("unchecked")
	private static BatchAcknowledgement<String> acknowledgement() {
		return mock(BatchAcknowledgement.class);
	}

}
