package org.secondopinion.sandbox.faults;

import java.io.IOException;
import java.io.Writer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import org.springframework.stereotype.Component;

/**
 * Sends the resources marked by {@link Faults#putMalformed} as invalid FHIR: buffers each JSON response and replaces
 * the marker extension with fields a strict parser rejects. The response stays valid JSON.
 */
@Component
@Interceptor
class MalformedOutput {

	/** The marker extension as HAPI writes it, compact or pretty-printed. */
	static final Pattern MARKER = Pattern.compile("\"extension\"\\s*:\\s*\\[\\s*\\{\\s*\"url\"\\s*:\\s*\""
			+ Pattern.quote(Faults.MARKER_URL) + "\"\\s*,\\s*\"valueString\"\\s*:\\s*\"" + Faults.MALFORMED
			+ "\"\\s*}\\s*]");

	/** What the marker is replaced with: a date that is not a date, and an object where a code belongs. */
	static final String BROKEN_FIELDS = "\"effectiveDateTime\":\"not-a-date\",\"status\":{\"bogus\":true}";

	@Hook(Pointcut.SERVER_OUTGOING_WRITER_CREATED)
	public Writer malformMarkedResources(Writer writer) {
		return new RewritingWriter(writer);
	}

	static String malform(CharSequence json) {
		return MARKER.matcher(json).replaceAll(Matcher.quoteReplacement(BROKEN_FIELDS));
	}

	/** Buffers the response and writes it, rewritten, when HAPI closes the writer. */
	private static final class RewritingWriter extends Writer {

		private final Writer target;

		private final StringBuilder buffer = new StringBuilder();

		private boolean closed;

		RewritingWriter(Writer target) {
			this.target = target;
		}

		@Override
		public void write(char[] chars, int offset, int length) {
			buffer.append(chars, offset, length);
		}

		@Override
		public void flush() {
			// Nothing reaches the client before close: the marker may span writes.
		}

		@Override
		public void close() throws IOException {
			if (closed) {
				return;
			}
			closed = true;
			target.write(malform(buffer));
			target.close();
		}

	}

}
