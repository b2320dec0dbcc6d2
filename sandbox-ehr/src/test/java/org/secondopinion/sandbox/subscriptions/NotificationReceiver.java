package org.secondopinion.sandbox.subscriptions;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import ca.uhn.fhir.context.FhirContext;
import com.sun.net.httpserver.HttpServer;
import org.hl7.fhir.r4.model.Bundle;
import org.jspecify.annotations.Nullable;

/** A rest-hook endpoint for tests: records what it is sent, and can fail the first requests. */
final class NotificationReceiver implements AutoCloseable {

	private final HttpServer server;

	private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

	private final AtomicInteger failuresLeft = new AtomicInteger();

	NotificationReceiver() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/hook", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			boolean fail = failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
			received.add(new Received(body, exchange.getRequestHeaders().getFirst("Authorization"),
					exchange.getRequestHeaders().getFirst("Content-Type"), fail));
			exchange.sendResponseHeaders(fail ? 500 : 200, -1);
			exchange.close();
		});
		server.start();
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
	}

	void failNext(int count) {
		failuresLeft.set(count);
	}

	/** The next request, or null if none comes in time. */
	@Nullable Received next(Duration wait) throws InterruptedException {
		return received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void close() {
		server.stop(0);
	}

	record Received(String body, @Nullable String authorization, @Nullable String contentType, boolean failed) {

		Bundle bundle() {
			return FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, body);
		}

	}

}
