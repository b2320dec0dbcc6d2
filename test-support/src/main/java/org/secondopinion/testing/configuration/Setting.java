package org.secondopinion.testing.configuration;

/**
 * One row of the configuration reference.
 * @param key the property name; {@code [i]} stands for a list index and {@code {key}} for a map key
 * @param environmentVariable the environment variable that sets it (index 0, map key in capitals)
 * @param defaultValue the default as Markdown, {@code none} when there is none
 * @param description what it means, as Markdown; empty when the source says nothing
 */
public record Setting(String key, String environmentVariable, String defaultValue, String description) {

	/** Whether the key lies inside a list or map, so that only a whole collection binds it. */
	boolean insideCollection() {
		return key.contains("[i]") || key.contains("{key}");
	}

}
