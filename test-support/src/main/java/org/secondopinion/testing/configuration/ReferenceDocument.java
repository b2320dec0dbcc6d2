package org.secondopinion.testing.configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * {@code docs/configuration.md}: hand-written prose around one generated part per service, each between
 * {@code <!-- begin generated: service -->} and {@code <!-- end generated: service -->}.
 */
final class ReferenceDocument {

	private static final String REGENERATE = "./mvnw -B -ntp -pl %s -am test -Dtest=ConfigurationReferenceTests "
			+ "-Dsurefire.failIfNoSpecifiedTests=false -Dconfiguration.write=true";

	private final Path file;

	ReferenceDocument(Path file) {
		this.file = file;
	}

	static String section(String service, String title, List<Setting> spring, List<Setting> secondOpinion) {
		StringBuilder out = new StringBuilder();
		out.append("## ").append(title).append(" (`").append(service).append("`)\n\n");
		out.append("Defaults from `").append(service).append(".yaml`. Generated from the settings records and that file")
			.append(" by `ConfigurationReferenceTests` of `").append(service).append("`: do not edit by hand.\n\n");
		out.append("Spring settings to set:\n\n");
		table(out, spring);
		out.append("\nSecond Opinion settings:\n\n");
		table(out, secondOpinion);
		return out.toString();
	}

	private static void table(StringBuilder out, List<Setting> settings) {
		out.append("| setting | environment variable | default | meaning |\n| --- | --- | --- | --- |\n");
		for (Setting setting : settings) {
			out.append("| `")
				.append(setting.key())
				.append("` | `")
				.append(setting.environmentVariable())
				.append("` | ")
				.append(setting.defaultValue())
				.append(" | ")
				.append(setting.description())
				.append(" |\n");
		}
	}

	void verify(String service, String expected) {
		String text = read();
		String actual = between(text, service);
		if (!expected.equals(actual)) {
			throw new AssertionError(file + " does not match " + service + "'s settings"
					+ (actual == null ? " (no part for it)" : " (first difference: " + firstDifference(expected, actual) + ")")
					+ ". Regenerate it with: " + REGENERATE.formatted(service));
		}
	}

	void write(String service, String section) {
		String text = Files.exists(file) ? read() : "# Configuration\n";
		String begin = begin(service);
		String end = end(service);
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

	private String read() {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static @Nullable String between(String text, String service) {
		int from = text.indexOf(begin(service));
		int to = text.indexOf(end(service));
		return from < 0 || to < from ? null : text.substring(from + begin(service).length() + 1, to);
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

	private static String begin(String service) {
		return "<!-- begin generated: " + service + " -->";
	}

	private static String end(String service) {
		return "<!-- end generated: " + service + " -->";
	}

}
