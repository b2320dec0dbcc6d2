package org.secondopinion.testing.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A request written on the socket as given, for what HTTP clients refuse to send (an invalid URL such as
 * {@code GET /%}), and the status and headers of the answer.
 */
public final class RawRequest {

	private RawRequest() {
	}

	/** @param headers extra header lines, e.g. {@code Accept: text/html} */
	public static Answer get(int port, String target, String... headers) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
					+ "\r\nConnection: close\r\n");
			for (String header : headers) {
				request.append(header).append("\r\n");
			}
			OutputStream out = socket.getOutputStream();
			out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
			int endOfHead = answer.indexOf("\r\n\r\n");
			String[] lines = answer.substring(0, endOfHead < 0 ? answer.length() : endOfHead).split("\r\n");
			Map<String, String> fields = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				if (colon > 0) {
					fields.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim(),
							(a, b) -> a + ", " + b);
				}
			}
			return new Answer(Integer.parseInt(lines[0].split(" ")[1]), fields);
		}
	}

	/** @param headers by lower-case name; repeated fields joined with ", " */
	public record Answer(int status, Map<String, String> headers) {

		public String header(String name) {
			return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
		}

	}

}
