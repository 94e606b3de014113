package com.digitalbank.platform.messaging;

import java.util.LinkedHashMap;
import java.util.Map;

import io.awspring.cloud.sqs.listener.SqsHeaders;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/**
 * Carries traces across SQS: the trace of the work that prepares an event travels as W3C
 * trace-context message attributes, and a listener handles each message in a span that
 * continues it, so the consumer's log lines carry the producer's trace id.
 * <p>
 * Spring Cloud AWS's own SQS observation stays off: it stamps the trace current when a
 * message is sent, which for an outboxed event is the relay's and not the request's, and
 * it observes no batch listener.
 */
public class MessageTracing {

	/** Without tracing: nothing is captured and spans are no-ops. */
	public static final MessageTracing NONE = new MessageTracing(Tracer.NOOP, Propagator.NOOP);

	private final Tracer tracer;

	private final Propagator propagator;

	public MessageTracing(Tracer tracer, Propagator propagator) {
		this.tracer = tracer;
		this.propagator = propagator;
	}

	/**
	 * The current span's trace-context fields, to send with an event; none when no span
	 * is current. Take it on the thread doing the work when the event is prepared on
	 * another one.
	 */
	public TraceHeaders current() {
		TraceContext context = tracer.currentTraceContext().context();
		if (context == null) {
			return TraceHeaders.NONE;
		}
		Map<String, String> fields = new LinkedHashMap<>();
		propagator.inject(context, fields, Map::put);
		return new TraceHeaders(fields);
	}

	/**
	 * Starts a consumer span for the message, child of the trace its attributes carry (a
	 * new trace when they carry none), and makes it current on this thread until the
	 * returned scope is closed.
	 */
	public Handling handle(Message<?> message) {
		MessageHeaders headers = message.getHeaders();
		Object queue = headers.get(SqsHeaders.SQS_QUEUE_NAME_HEADER);
		Span.Builder builder = propagator.extract(headers, MessageTracing::stringHeader)
			.name(queue != null ? "process " + queue : "process")
			.kind(Span.Kind.CONSUMER)
			.tag("messaging.system", "aws_sqs")
			.tag("messaging.message.id", String.valueOf(headers.getId()));
		if (queue != null) {
			builder.tag("messaging.destination.name", queue.toString());
		}
		Span span = builder.start();
		return new Handling(span, tracer.withSpan(span));
	}

	private static String stringHeader(MessageHeaders headers, String name) {
		return headers.get(name) instanceof String value ? value : null;
	}

	/** The span of one message being handled; closing it ends the span. */
	public static final class Handling implements AutoCloseable {

		private final Span span;

		private final Tracer.SpanInScope scope;

		private Handling(Span span, Tracer.SpanInScope scope) {
			this.span = span;
			this.scope = scope;
		}

		public void failed(Throwable failure) {
			span.error(failure);
		}

		@Override
		public void close() {
			scope.close();
			span.end();
		}

	}

}
