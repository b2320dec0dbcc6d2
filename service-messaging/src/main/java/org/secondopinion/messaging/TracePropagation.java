package org.secondopinion.messaging;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.jspecify.annotations.Nullable;

/**
 * Carries the trace of a change across the places where work waits in the database (the outbox, a re-assessment
 * queue): {@link #current()} gives the W3C {@code traceparent} of the running span to store beside the work, and
 * {@link #resume} runs the work later in a span of that same trace, so that the Kafka record it publishes carries it
 * on. One EHR change stays one trace from the gateway's publish to the notification service's alert.
 */
public final class TracePropagation {

	/** The W3C Trace Context header (and outbox column) that holds trace id, parent span id and sampling flag. */
	public static final String TRACEPARENT = "traceparent";

	private static final TracePropagation NONE = new TracePropagation(null, null);

	private final @Nullable Tracer tracer;

	private final @Nullable Propagator propagator;

	private TracePropagation(@Nullable Tracer tracer, @Nullable Propagator propagator) {
		this.tracer = tracer;
		this.propagator = propagator;
	}

	public static TracePropagation of(Tracer tracer, Propagator propagator) {
		return new TracePropagation(tracer, propagator);
	}

	/** Without tracing: nothing is stored and work runs as it is. */
	public static TracePropagation none() {
		return NONE;
	}

	/** The {@code traceparent} of the current span, or {@code null} outside a trace or without W3C propagation. */
	public @Nullable String current() {
		if (tracer == null || propagator == null) {
			return null;
		}
		Span span = tracer.currentSpan();
		if (span == null || span.isNoop()) {
			return null;
		}
		Map<String, String> carrier = new HashMap<>();
		propagator.inject(span.context(), carrier, Map::put);
		return carrier.get(TRACEPARENT);
	}

	/**
	 * Runs {@code work} in a new span named {@code name}, child of the stored {@code traceparent}; without one (an
	 * entry written before traces were kept, or outside a trace) it simply runs it.
	 */
	public <T> T resume(@Nullable String traceparent, String name, Supplier<T> work) {
		if (tracer == null || propagator == null || traceparent == null) {
			return work.get();
		}
		Span span = propagator.extract(Map.of(TRACEPARENT, traceparent), Map::get).name(name).start();
		try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
			return work.get();
		}
		catch (RuntimeException | Error ex) {
			span.error(ex);
			throw ex;
		}
		finally {
			span.end();
		}
	}

}
