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

	private final char[] buffer = new char[64 * 1024];

	private int position;

	private int limit;

	private boolean ended;

	BoundedLines(Reader reader, int maxChars) {
		this.reader = reader;
		this.maxChars = maxChars;
	}

	@Nullable Line next() throws IOException {
		if (ended) {
			return null;
		}
		StringBuilder line = new StringBuilder(512);
		boolean truncated = false;
		long length = 0;
		while (true) {
			if (position == limit) {
				limit = reader.read(buffer, 0, buffer.length);
				position = 0;
				if (limit < 0) {
					limit = 0;
					ended = true;
					return length == 0 ? null : new Line(strip(line), truncated, length);
				}
			}
			int start = position;
			while (position < limit && buffer[position] != '\n') {
				position++;
			}
			int count = position - start;
			length += count;
			int room = maxChars - line.length();
			if (count > room) {
				truncated = true;
				line.append(buffer, start, Math.max(room, 0));
			}
			else {
				line.append(buffer, start, count);
			}
			if (position < limit) {
				position++;
				return new Line(strip(line), truncated, length);
			}
		}
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
