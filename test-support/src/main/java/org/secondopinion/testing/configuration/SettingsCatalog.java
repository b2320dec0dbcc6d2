package org.secondopinion.testing.configuration;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.ResolvableType;

import org.secondopinion.testing.configuration.SettingTypes.Shape;

/**
 * The rows of one service's reference: the named Spring settings, then every {@code second-opinion.*} setting that
 * the service's own settings classes declare, lists and maps of groups expanded into their elements' settings.
 * Defaults come from the service's YAML file, else {@code @DefaultValue}.
 */
final class SettingsCatalog {

	private static final String PREFIX = "second-opinion.";

	/** A list or map summed up rather than spelled out when it has more values or characters than this. */
	private static final int MAX_VALUES = 8;

	private static final int MAX_CHARACTERS = 100;

	private final SettingsMetadata metadata;

	private final Map<String, String> yaml;

	private final String yamlFile;

	private final SettingTypes types;

	private final Javadoc javadoc;

	private final List<String> packages;

	private final List<Setting> settings = new ArrayList<>();

	SettingsCatalog(SettingsMetadata metadata, Map<String, String> yaml, String yamlFile, SettingTypes types,
			Javadoc javadoc, List<String> packages) {
		this.metadata = metadata;
		this.yaml = yaml;
		this.yamlFile = yamlFile;
		this.types = types;
		this.javadoc = javadoc;
		this.packages = packages;
	}

	/** Spring's own settings that an operator sets, in the order given. */
	List<Setting> spring(List<String> keys) {
		settings.clear();
		for (String key : keys) {
			SettingsMetadata.Property property = metadata.get(key);
			if (property == null) {
				throw new IllegalArgumentException("No Spring setting named " + key + " on the class path");
			}
			add(key, property.type() == null ? ResolvableType.forClass(String.class) : types.parse(property.type()),
					Javadoc.markdown(property.description()), property.defaultValue(), false);
		}
		return List.copyOf(settings);
	}

	/** Every {@code second-opinion.*} setting declared in the service's packages, by key. */
	List<Setting> secondOpinion() {
		settings.clear();
		StreamSupport.stream(metadata.all().spliterator(), false)
			.filter(property -> property.name().startsWith(PREFIX) && declaredHere(property.sourceType()))
			.sorted(Comparator.comparing(SettingsMetadata.Property::name))
			.forEach(property -> add(property.name(),
					property.type() == null ? ResolvableType.forClass(String.class) : types.parse(property.type()),
					Javadoc.markdown(property.description()), property.defaultValue(), false));
		return List.copyOf(settings);
	}

	private boolean declaredHere(@Nullable String sourceType) {
		return sourceType != null && packages.stream().anyMatch(p -> sourceType.startsWith(p + "."));
	}

	private void add(String key, ResolvableType type, String description, @Nullable String declaredDefault,
			boolean inElement) {
		Shape shape = types.shape(type);
		switch (shape) {
			case VALUE -> row(key, type, description, inElement ? code(declaredDefault) : scalarDefault(key, declaredDefault));
			case VALUES -> row(key, type, description, inElement ? code(declaredDefault) : listDefault(key, declaredDefault));
			case VALUE_MAP -> row(key + ".{key}", type, description,
					inElement ? "none" : summary(entries(key, true), "none"));
			case GROUP -> expand(key, type.toClass(), inElement);
			case GROUP_LIST, GROUP_MAP -> {
				row(key, type, description, inElement ? "none" : entriesDefault(key));
				expand(key + (shape == Shape.GROUP_LIST ? "[i]" : ".{key}"), types.element(type).toClass(), true);
			}
		}
	}

	private void row(String key, ResolvableType type, String description, String defaultValue) {
		List<String> values = types.enumValues(types.shape(type) == Shape.VALUE ? type : types.element(type));
		String meaning = description;
		if (!values.isEmpty() && !meaning.isEmpty()) {
			meaning += "; one of " + String.join(", ", values.stream().map(v -> "`" + v + "`").toList());
		}
		settings.add(new Setting(key, EnvironmentVariables.of(key), defaultValue, meaning));
	}

	private void expand(String prefix, Class<?> group, boolean inElement) {
		if (!group.isRecord()) {
			settings.add(new Setting(prefix, EnvironmentVariables.of(prefix), "none", ""));
			return;
		}
		RecordComponent[] components = group.getRecordComponents();
		Constructor<?> canonical;
		try {
			canonical = group.getDeclaredConstructor(
					java.util.Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
		for (int i = 0; i < components.length; i++) {
			RecordComponent component = components[i];
			DefaultValue declared = canonical.getParameters()[i].getAnnotation(DefaultValue.class);
			String declaredDefault = declared == null || declared.value().length == 0 ? null
					: String.join(", ", declared.value());
			add(prefix + "." + kebab(component.getName()), ResolvableType.forMethodReturnType(component.getAccessor()),
					javadoc.param(group, component.getName()), declaredDefault, inElement);
		}
	}

	private String scalarDefault(String key, @Nullable String declaredDefault) {
		String value = yaml.get(key);
		if (value != null) {
			return value.isEmpty() ? "none" : code(value);
		}
		return code(declaredDefault);
	}

	private String listDefault(String key, @Nullable String declaredDefault) {
		List<String> values = entries(key, false);
		if (!values.isEmpty()) {
			return summary(values, "none");
		}
		String value = yaml.get(key);
		return value != null ? (value.isEmpty() ? "none" : code(value)) : code(declaredDefault);
	}

	private String entriesDefault(String key) {
		Set<String> entries = new LinkedHashSet<>();
		Pattern child = Pattern.compile(Pattern.quote(key) + "(\\[\\d+]|\\.[^.\\[]+)");
		for (String name : yaml.keySet()) {
			Matcher matcher = child.matcher(name);
			if (matcher.lookingAt()) {
				entries.add(matcher.group(1));
			}
		}
		return entries.isEmpty() ? "none" : entries.size() + (entries.size() == 1 ? " entry" : " entries") + " in `"
				+ yamlFile + "`";
	}

	/** The YAML's values of a list ({@code key[0]}, …) or, with {@code map}, entries of a map as {@code k: v}. */
	private List<String> entries(String key, boolean map) {
		List<String> values = new ArrayList<>();
		Pattern element = map ? Pattern.compile(Pattern.quote(key) + "\\.(.+)") : Pattern.compile(Pattern.quote(key) + "\\[\\d+]");
		yaml.forEach((name, value) -> {
			Matcher matcher = element.matcher(name);
			if (matcher.matches()) {
				values.add(map ? matcher.group(1) + ": " + value : value);
			}
		});
		return values;
	}

	private String summary(List<String> values, String whenEmpty) {
		if (values.isEmpty()) {
			return whenEmpty;
		}
		String joined = String.join(", ", values);
		if (values.size() > MAX_VALUES || joined.length() > MAX_CHARACTERS) {
			return values.size() + " values in `" + yamlFile + "`";
		}
		return code(joined);
	}

	static String code(@Nullable String value) {
		return value == null ? "none" : "`" + value.replace("|", "\\|") + "`";
	}

	static String kebab(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
	}

}
