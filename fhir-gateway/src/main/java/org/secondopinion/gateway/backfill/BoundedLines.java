package org.secondopinion.gateway.backfill;

import java.io.IOException;
import java.io.Reader;

import org.jspecify.annotations.Nullable;

/**
 * Splits a character stream into lines without ever holding more than {@code maxChars} of one: a longer line is
 * answered truncated (its start, and that it was cut), and the rest of it is skipped.
 */
final class BoundedLines {

	private final Reader reader;

	private final int maxChars;

	private boolean ended;

	BoundedLines(Reader reader, int maxChars) {
		this.reader = reader;
		this.maxChars = maxChars;
	}

	@Nullable Line next() throws IOException {
		if (ended) {
			return null;
		}
		StringBuilder line = new StringBuilder(256);
		boolean truncated = false;
		long length = 0;
		int c;
		while ((c = reader.read()) != -1) {
			if (c == '\n') {
				return new Line(strip(line), truncated, length);
			}
			length++;
			if (line.length() < maxChars) {
				line.append((char) c);
			}
			else {
				truncated = true;
			}
		}
		ended = true;
		return line.isEmpty() && !truncated ? null : new Line(strip(line), truncated, length);
	}

	private static String strip(StringBuilder line) {
		int end = line.length();
		if (end > 0 && line.charAt(end - 1) == '\r') {
			end--;
		}
		return line.substring(0, end);
	}

	/** A line, or its first {@code maxChars} characters when {@code truncated}; {@code length} is its full length. */
	record Line(String text, boolean truncated, long length) {
	}

}
