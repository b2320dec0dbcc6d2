package org.secondopinion.testing.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * A document of hand-written prose around generated parts, each between {@code <!-- begin generated: name -->} and
 * {@code <!-- end generated: name -->}: a test checks each part against what the code gives, or rewrites it when asked.
 *
 * @param file the document
 * @param title its first line when it does not exist yet
 * @param regenerate the command that rewrites a part, with {@code %s} for the part's name (a module)
 */
public record GeneratedParts(Path file, String title, String regenerate) {

	/** Fails when the document's part {@code name} is not {@code expected}, saying where and how to regenerate it. */
	public void verify(String name, String expected) {
		String actual = between(read(), name);
		if (!expected.equals(actual)) {
			throw new AssertionError(file + " is out of date for " + name
					+ (actual == null ? " (no part for it)" : " (first difference: " + firstDifference(expected, actual) + ")")
					+ ". Regenerate it with: " + regenerate.formatted(name));
		}
	}

	/** Writes {@code section} as the part {@code name}, in place of the old one or at the end. */
	public void write(String name, String section) {
		String text = Files.exists(file) ? read() : "# " + title + "\n";
		String begin = begin(name);
		String end = end(name);
		int from = text.indexOf(begin);
		int to = text.indexOf(end);
		String replaced = from < 0 || to < from ? text.stripTrailing() + "\n\n" + begin + "\n" + section + end + "\n"
				: text.substring(0, from + begin.length()) + "\n" + section + text.substring(to);
		try {
			Files.writeString(file, replaced);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** {@link #write} when the system property {@code property} is true, else {@link #verify}. */
	public void verifyOrWrite(String property, String name, String section) {
		if (Boolean.getBoolean(property)) {
			write(name, section);
		}
		else {
			verify(name, section);
		}
	}

	private String read() {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static @Nullable String between(String text, String name) {
		int from = text.indexOf(begin(name));
		int to = text.indexOf(end(name));
		return from < 0 || to < from ? null : text.substring(from + begin(name).length() + 1, to);
	}

	private static String firstDifference(String expected, String actual) {
		String[] want = expected.split("\n", -1);
		String[] have = actual.split("\n", -1);
		for (int i = 0; i < Math.max(want.length, have.length); i++) {
			String w = i < want.length ? want[i] : "(nothing)";
			String h = i < have.length ? have[i] : "(nothing)";
			if (!w.equals(h)) {
				return "expected «" + w + "» but the file has «" + h + "»";
			}
		}
		return "none";
	}

	private static String begin(String name) {
		return "<!-- begin generated: " + name + " -->";
	}

	private static String end(String name) {
		return "<!-- end generated: " + name + " -->";
	}

}
