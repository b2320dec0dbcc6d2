package org.secondopinion.gateway.backfill;

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
import tools.jackson.databind.node.ObjectNode;

/**
 * An EHR without Bulk Data: forwards GETs to the sandbox, but serves its CapabilityStatement without any operation.
 */
final class NoExportProxy implements AutoCloseable {

	private final HttpServer server;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper mapper = JsonMapper.builder().build();

	NoExportProxy(String sandboxBase) throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/fhir", exchange -> forward(exchange, sandboxBase));
		server.start();
	}

	String base() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/fhir";
	}

	private void forward(HttpExchange exchange, String sandboxBase) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().toString().substring("/fhir".length());
			HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(sandboxBase + path))
				.header("Accept", "application/fhir+json").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
			byte[] body = response.body();
			if (path.startsWith("/metadata")) {
				JsonNode capabilities = mapper.readTree(body);
				for (JsonNode rest : capabilities.path("rest")) {
					((ObjectNode) rest).remove("operation");
					for (JsonNode resource : rest.path("resource")) {
						((ObjectNode) resource).remove("operation");
					}
				}
				body = mapper.writeValueAsBytes(capabilities);
			}
			exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
			exchange.sendResponseHeaders(response.statusCode(), body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			exchange.sendResponseHeaders(502, -1);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
