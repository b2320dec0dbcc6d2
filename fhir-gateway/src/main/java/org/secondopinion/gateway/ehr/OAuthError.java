package org.secondopinion.gateway.ehr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code error} and {@code error_description} of an OAuth 2.0 error answer (RFC 6749 section 5.2). */
final class OAuthError {

	private static final int MAX_BYTES = 4096;

	private static final int MAX_DESCRIPTION = 200;

	private static final Pattern FIELD = Pattern.compile("\"(error|error_description)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

	private OAuthError() {
	}

	/** {@code ": invalid_client (description)"}, or empty when the body carries no OAuth error. */
	static String describe(InputStream body) {
		String text;
		try {
			text = new String(body.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "";
		}
		String error = null;
		String description = null;
		Matcher matcher = FIELD.matcher(text);
		while (matcher.find()) {
			if ("error".equals(matcher.group(1))) {
				error = matcher.group(2);
			}
			else {
				description = matcher.group(2);
			}
		}
		if (error == null) {
			return "";
		}
		if (description == null) {
			return ": " + error;
		}
		return ": " + error + " (" + (description.length() > MAX_DESCRIPTION
				? description.substring(0, MAX_DESCRIPTION) + "…" : description) + ")";
	}

}
