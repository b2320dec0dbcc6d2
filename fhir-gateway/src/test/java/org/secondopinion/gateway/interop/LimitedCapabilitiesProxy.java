package org.secondopinion.gateway.interop;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A FHIR server that offers less than the reference server behind it: forwards GETs, but its CapabilityStatement
 * declares no operation (no {@code $export}), no type-level {@code _history} for one type, and leaves one type out.
 * Links in the answers keep pointing at the server behind it, as a gateway in front of an EHR often does.
 */
final class LimitedCapabilitiesProxy implements AutoCloseable {

	private final HttpServer server;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final String withoutHistory;

	private final String leftOut;

	LimitedCapabilitiesProxy(String targetBase, String withoutHistory, String leftOut) throws IOException {
		this.withoutHistory = withoutHistory;
		this.leftOut = leftOut;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/fhir", exchange -> forward(exchange, targetBase));
		this.server.start();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/fhir";
	}

	private void forward(HttpExchange exchange, String targetBase) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getRawPath().substring("/fhir".length());
			String query = exchange.getRequestURI().getRawQuery();
			URI target = URI.create(targetBase + path + (query == null ? "" : "?" + query));
			HttpRequest.Builder request = HttpRequest.newBuilder(target).method(exchange.getRequestMethod(),
					HttpRequest.BodyPublishers.ofByteArray(exchange.getRequestBody().readAllBytes()));
			exchange.getRequestHeaders().forEach((name, values) -> {
				if (!HttpHeadersToDrop.contains(name)) {
					values.forEach(value -> request.header(name, value));
				}
			});
			HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			byte[] body = response.body();
			if (path.equals("/metadata") && response.statusCode() == 200) {
				body = mapper.writeValueAsBytes(limited(mapper.readTree(body)));
			}
			response.headers().firstValue("Content-Type").ifPresent(type -> exchange.getResponseHeaders().set("Content-Type", type));
			exchange.sendResponseHeaders(response.statusCode(), body.length == 0 ? -1 : body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			exchange.sendResponseHeaders(503, -1);
		}
	}

	private JsonNode limited(JsonNode capabilities) {
		ObjectNode rest = (ObjectNode) capabilities.path("rest").path(0);
		rest.remove("operation");
		ArrayNode kept = mapper.createArrayNode();
		for (JsonNode resource : rest.path("resource")) {
			String type = resource.path("type").asString();
			if (type.equals(leftOut)) {
				continue;
			}
			ObjectNode copy = ((ObjectNode) resource).deepCopy();
			copy.remove("operation");
			if (type.equals(withoutHistory)) {
				ArrayNode interactions = mapper.createArrayNode();
				resource.path("interaction").forEach(interaction -> {
					if (!interaction.path("code").asString().equals("history-type")) {
						interactions.add(interaction);
					}
				});
				copy.set("interaction", interactions);
			}
			kept.add(copy);
		}
		rest.set("resource", kept);
		return capabilities;
	}

	@Override
	public void close() {
		server.stop(0);
	}

	/** Headers the JDK client sets itself. */
	private static final java.util.Set<String> HttpHeadersToDrop = java.util.Set.of("Host", "Connection",
			"Content-length", "Content-Length", "Transfer-encoding", "Upgrade", "Expect");

}
