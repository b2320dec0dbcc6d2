package org.secondopinion.testing.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * Posts a body of unknown length, so that it goes {@code Transfer-Encoding: chunked} with no {@code Content-Length}:
 * what a client does to get past a limit that only looks at the declared length.
 */
public final class ChunkedPost {

	private ChunkedPost() {
	}

	/** @return the status and the body of the answer */
	public static HttpResponse<String> send(URI uri, String contentType, byte[] body, Map<String, String> headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.header("Content-Type", contentType)
			// a stream of unknown length: the client sends it chunked
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
		headers.forEach(request::header);
		try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
	}

	/** {@code size} bytes of a JSON string, a well-formed body that is only too large. */
	public static byte[] jsonOfSize(int size) {
		byte[] body = new byte[size];
		java.util.Arrays.fill(body, (byte) 'x');
		body[0] = '"';
		body[size - 1] = '"';
		return body;
	}

}
