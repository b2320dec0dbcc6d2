package org.secondopinion.gateway.ehr;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for an EHR's FHIR endpoint at {@code /fhir}: it answers with the statuses queued,
 * then with an empty searchset Bundle, and counts the requests it received.
 */
final class ScriptedEhr implements AutoCloseable {

	static final String EMPTY_BUNDLE = "{\"resourceType\":\"Bundle\",\"type\":\"searchset\"}";

	private final Deque<Integer> statuses = new ConcurrentLinkedDeque<>();

	private final AtomicInteger requests = new AtomicInteger();

	private final HttpServer server;

	ScriptedEhr() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/fhir", exchange -> {
			requests.incrementAndGet();
			Integer status = statuses.poll();
			byte[] body = (status == null ? EMPTY_BUNDLE : "{}").getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(status == null ? 200 : status, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		server.start();
	}

	/** Answers the next {@code times} requests with {@code status}. */
	ScriptedEhr answer(int status, int times) {
		for (int i = 0; i < times; i++) {
			statuses.add(status);
		}
		return this;
	}

	int requests() {
		return requests.get();
	}

	URI base() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/fhir");
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
