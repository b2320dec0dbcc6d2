package org.secondopinion.testing.fhir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Whether the server on a port is our reference server: its CapabilityStatement names it. */
final class ServerHttp {

	/** Written by the reference server into {@code implementation.description}. */
	static final String MARK = "Second Opinion reference HAPI FHIR JPA server";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private ServerHttp() {
	}

	/** Whether {@code <base>/metadata} answers 200 with the reference server's CapabilityStatement. */
	static boolean isReference(String baseUrl) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/metadata"))
			.header("Accept", "application/fhir+json")
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build();
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().contains(MARK);
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Whether anything answers HTTP on the port. */
	static boolean answers(String baseUrl) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/metadata"))
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build();
		try {
			HTTP.send(request, HttpResponse.BodyHandlers.discarding());
			return true;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
