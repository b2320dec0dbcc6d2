package org.secondopinion.testing.configuration;

import java.nio.file.Path;
import java.util.List;

import org.secondopinion.testing.docs.GeneratedParts;

/**
 * {@code docs/configuration.md}: hand-written prose around one generated part per service, each between
 * {@code <!-- begin generated: service -->} and {@code <!-- end generated: service -->}.
 */
final class ReferenceDocument {

	private static final String REGENERATE = "./mvnw -B -ntp -pl %s -am test -Dtest=ConfigurationReferenceTests "
			+ "-Dsurefire.failIfNoSpecifiedTests=false -Dconfiguration.write=true";

	private final GeneratedParts parts;

	ReferenceDocument(Path file) {
		this.parts = new GeneratedParts(file, "Configuration", REGENERATE);
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
		parts.verify(service, expected);
	}

	void write(String service, String section) {
		parts.write(service, section);
	}

}
