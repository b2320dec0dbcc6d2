package org.secondopinion.localstack;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Keeps every span that ends in the services started in this JVM, in memory, when
 * {@code second-opinion.test.capture-spans} is set: a test reads the traces the way a tracing backend would receive
 * them, without one.
 */
@AutoConfiguration
@ConditionalOnProperty("second-opinion.test.capture-spans")
public class CapturedSpans {

	private static final ConcurrentLinkedQueue<SpanData> ENDED = new ConcurrentLinkedQueue<>();

	static List<SpanData> all() {
		return List.copyOf(ENDED);
	}

	@Bean
	SpanProcessor capturingSpanProcessor() {
		return new SpanProcessor() {

			@Override
			public void onStart(Context parentContext, ReadWriteSpan span) {
			}

			@Override
			public boolean isStartRequired() {
				return false;
			}

			@Override
			public void onEnd(ReadableSpan span) {
				ENDED.add(span.toSpanData());
			}

			@Override
			public boolean isEndRequired() {
				return true;
			}

		};
	}

}
