package org.secondopinion.testing.configuration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The properties of every {@code META-INF/spring-configuration-metadata.json} on the class path: ours, written by
 * {@code spring-boot-configuration-processor}, and Spring Boot's own. The first definition of a name wins.
 */
final class SettingsMetadata {

	static final String LOCATION = "META-INF/spring-configuration-metadata.json";

	/**
	 * One property as the metadata describes it.
	 * @param type the Java type as the processor writes it, e.g. {@code java.util.List<a.B$C>}
	 * @param sourceType the settings class that declares it
	 */
	record Property(String name, @Nullable String type, String description, @Nullable String defaultValue,
			@Nullable String sourceType) {
	}

	private final Map<String, Property> properties;

	private SettingsMetadata(Map<String, Property> properties) {
		this.properties = properties;
	}

	static SettingsMetadata load(ClassLoader classLoader) {
		ObjectMapper mapper = JsonMapper.builder().build();
		Map<String, Property> properties = new LinkedHashMap<>();
		try {
			for (URL url : Collections.list(classLoader.getResources(LOCATION))) {
				try (InputStream in = url.openStream()) {
					for (JsonNode node : mapper.readTree(in).path("properties")) {
						Property property = new Property(node.path("name").asString(), text(node.get("type")),
								node.path("description").asString(""), defaultValue(node.get("defaultValue")),
								text(node.get("sourceType")));
						properties.putIfAbsent(property.name(), property);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new SettingsMetadata(properties);
	}

	@Nullable Property get(String name) {
		return properties.get(name);
	}

	Iterable<Property> all() {
		return properties.values();
	}

	private static @Nullable String text(@Nullable JsonNode node) {
		return node == null || node.isNull() ? null : node.asString();
	}

	private static @Nullable String defaultValue(@Nullable JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (node.isArray()) {
			StringBuilder joined = new StringBuilder();
			for (JsonNode element : node) {
				joined.append(joined.isEmpty() ? "" : ", ").append(element.asString());
			}
			return joined.toString();
		}
		return node.asString();
	}

}
