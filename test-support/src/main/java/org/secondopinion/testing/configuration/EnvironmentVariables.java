package org.secondopinion.testing.configuration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The environment variable of a setting, and the proof that Spring Boot binds it. Outside maps the name keeps the
 * words apart ({@code SECOND_OPINION_GATEWAY_POLL_INTERVAL}, list index 0 as {@code _0_}), a form Spring Boot reads
 * for values and lists; under a map it binds only in Spring Boot's canonical form, dashes dropped
 * ({@code SECONDOPINION_GATEWAY_INGEST_PUSH_SECRETS_{KEY}}).
 */
final class EnvironmentVariables {

	private EnvironmentVariables() {
	}

	static String of(String key) {
		String name = key.replace("[i]", "_0").replace("{key}", "{KEY}");
		name = key.contains("{key}") ? name.replace("-", "") : name.replace('-', '_');
		return name.replace('.', '_').toUpperCase(Locale.ROOT);
	}

	/** The settings whose documented environment variable, set alone, does not reach the setting. */
	static List<String> unbound(List<Setting> settings) {
		List<String> unbound = new ArrayList<>();
		for (Setting setting : settings) {
			String value = "value-of-" + setting.environmentVariable();
			String variable = setting.environmentVariable().replace("{KEY}", "EXAMPLE");
			MutablePropertySources sources = new MutablePropertySources();
			sources.addLast(new SystemEnvironmentPropertySource("systemEnvironment", Map.of(variable, value)));
			ConfigurationPropertySource source = ConfigurationPropertySource.from(sources.get("systemEnvironment"));
			Object bound = bind(new Binder(source), source, setting.key());
			if (bound == null || !String.valueOf(bound).contains(value)) {
				unbound.add(variable + " does not set " + setting.key());
			}
		}
		return unbound;
	}

	/**
	 * Binds the setting as Spring Boot would. A list of groups binds element by element: it is there when the source
	 * holds something under {@code key[0]}, and each element's settings are then looked up by name. A map binds
	 * from the names the source lists, so the map around the setting is bound whole.
	 */
	private static @Nullable Object bind(Binder binder, ConfigurationPropertySource source, String key) {
		int index = key.indexOf("[i]");
		int mapKey = key.indexOf(".{key}");
		String concrete = key.replace("[i]", "[0]").replace("{key}", "example");
		if (index < 0 && mapKey < 0) {
			return binder.bind(concrete, String.class).orElse(null);
		}
		if (mapKey < 0 || (index >= 0 && index < mapKey)) {
			String element = key.substring(0, index) + "[0]";
			boolean present = source.containsDescendantOf(ConfigurationPropertyName.of(element)) != ConfigurationPropertyState.ABSENT;
			ConfigurationProperty property = source.getConfigurationProperty(ConfigurationPropertyName.of(concrete));
			return present && property != null ? property.getValue() : null;
		}
		boolean valueMap = key.endsWith(".{key}") && key.indexOf(".{key}") == key.length() - ".{key}".length();
		ResolvableType values = valueMap ? ResolvableType.forClass(String.class)
				: ResolvableType.forClassWithGenerics(Map.class, String.class, Object.class);
		ResolvableType type = ResolvableType.forClassWithGenerics(Map.class, ResolvableType.forClass(String.class), values);
		return binder.bind(key.substring(0, mapKey), Bindable.of(type)).orElse(null);
	}

}
