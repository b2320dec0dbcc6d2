package org.secondopinion.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The settings one service knows, and whether an environment variable sets one of them. A service knows: every key
 * of its own yaml file and the environment variables its placeholders read ({@code ${DB_PASSWORD:}}); every property
 * of its {@code @ConfigurationProperties} records (walked into nested records, lists and maps); and those Spring
 * Boot keys (from Spring Boot's configuration metadata) of a group its yaml file already configures, such as
 * {@code spring.mail.host} for a service whose file sets {@code spring.mail.*}.
 * <p>
 * A key is matched the way Spring Boot binds the environment: upper case, {@code .} as {@code _}, dashes dropped or
 * written as {@code _}, list indexes as {@code _0_}, map keys as a segment of their own.
 */
final class ServiceKeys {

	/** Variables read by the JVM itself rather than by Spring. */
	static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "TZ");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");

	private static final int MAX_DEPTH = 10;

	private static final List<String> SPRING_METADATA = springMetadata();

	private final Service service;

	private final Set<String> keys = new TreeSet<>();

	private final Set<String> placeholders = new TreeSet<>();

	private final List<Pattern> patterns = new ArrayList<>();

	private ServiceKeys(Service service) {
		this.service = service;
	}

	static ServiceKeys of(Service service) {
		ServiceKeys known = new ServiceKeys(service);
		known.readSettingsFile();
		known.readSettingsRecords();
		known.readSpringKeysOfConfiguredGroups();
		known.keys.forEach(key -> known.patterns.add(pattern(key)));
		return known;
	}

	Set<String> keys() {
		return keys;
	}

	/** Whether the environment variable sets a setting of this service. */
	boolean knows(String variable) {
		if (JVM_VARIABLES.contains(variable) || placeholders.contains(variable)) {
			return true;
		}
		return patterns.stream().anyMatch(pattern -> pattern.matcher(variable).matches());
	}

	/** The property name pattern an environment variable matches, for messages: e.g. {@code a.b[*].c}. */
	Optional<String> keyOf(String variable) {
		return keys.stream().filter(key -> pattern(key).matcher(variable).matches()).findFirst();
	}

	private void readSettingsFile() {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(service.settingsFile())) {
			if (in == null) {
				throw new IllegalStateException(service.settingsFile() + " is not on the test classpath");
			}
			String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			Matcher placeholder = PLACEHOLDER.matcher(text);
			while (placeholder.find()) {
				placeholders.add(placeholder.group(1));
			}
			Object root = DeployFiles.yaml().load(text);
			flatten("", root);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void flatten(String prefix, Object value) {
		if (!prefix.isEmpty()) {
			keys.add(prefix);
		}
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, child) -> flatten(prefix.isEmpty() ? key.toString() : prefix + "." + key, child));
		}
		else if (value instanceof List<?> list) {
			list.forEach(element -> flatten(prefix + "[*]", element));
		}
	}

	private void readSettingsRecords() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
		for (String settingsPackage : service.settingsPackages()) {
			for (BeanDefinition candidate : scanner.findCandidateComponents(settingsPackage)) {
				Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), getClass().getClassLoader());
				ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
				String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
				walk(prefix, type, 0);
			}
		}
	}

	private void walk(String prefix, Type type, int depth) {
		keys.add(prefix);
		if (depth > MAX_DEPTH) {
			return;
		}
		Class<?> raw = raw(type);
		if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
			walk(prefix + "[*]", raw.isArray() ? raw.getComponentType() : argument(type, 0), depth + 1);
		}
		else if (Map.class.isAssignableFrom(raw)) {
			walk(prefix + ".{*}", argument(type, 1), depth + 1);
		}
		else if (raw.getName().startsWith("org.secondopinion.") && !raw.isEnum()) {
			if (raw.isRecord()) {
				for (RecordComponent component : raw.getRecordComponents()) {
					walk(prefix + "." + kebab(component.getName()), component.getGenericType(), depth + 1);
				}
			}
			else {
				for (Field field : raw.getDeclaredFields()) {
					if (!Modifier.isStatic(field.getModifiers())) {
						walk(prefix + "." + kebab(field.getName()), field.getGenericType(), depth + 1);
					}
				}
			}
		}
	}

	/** Spring Boot keys of the groups ({@code spring.mail}, {@code server.ssl}...) the service's yaml configures. */
	private void readSpringKeysOfConfiguredGroups() {
		Set<String> groups = new TreeSet<>();
		for (String key : keys) {
			String[] segments = key.split("\\.");
			if (!key.startsWith("second-opinion") && segments.length >= 2) {
				groups.add(segments[0] + "." + segments[1]);
			}
		}
		for (String key : SPRING_METADATA) {
			String[] segments = key.split("\\.");
			if (segments.length >= 2 && groups.contains(segments[0] + "." + segments[1])) {
				keys.add(key);
			}
		}
	}

	private static List<String> springMetadata() {
		List<String> names = new ArrayList<>();
		JsonMapper mapper = JsonMapper.builder().build();
		try {
			Enumeration<URL> files = ServiceKeys.class.getClassLoader()
				.getResources("META-INF/spring-configuration-metadata.json");
			while (files.hasMoreElements()) {
				try (InputStream in = files.nextElement().openStream()) {
					for (JsonNode property : mapper.readTree(in).path("properties")) {
						String name = property.path("name").asString();
						String type = property.path("type").asString("");
						names.add(type.startsWith("java.util.Map") ? name + ".{*}" : name);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return names;
	}

	/** The environment variables that bind to {@code key} (with {@code [*]} any index, {@code {*}} any map key). */
	static Pattern pattern(String key) {
		StringBuilder regex = new StringBuilder();
		for (int i = 0; i < key.length(); i++) {
			char c = key.charAt(i);
			if (key.startsWith("[*]", i)) {
				regex.append("_[0-9]+");
				i += 2;
			}
			else if (key.startsWith("{*}", i)) {
				regex.append("[A-Z0-9_]+");
				i += 2;
			}
			else if (c == '.') {
				regex.append('_');
			}
			else if (c == '-') {
				regex.append("_?");
			}
			else if (Character.isLetterOrDigit(c)) {
				regex.append(Character.toUpperCase(c));
			}
			else {
				// a key with characters no environment variable can carry ([0], map keys with dots): matched by no variable
				regex.append(Pattern.quote(String.valueOf(c)));
			}
		}
		return Pattern.compile(regex.toString());
	}

	private static String kebab(String name) {
		return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
	}

	private static Class<?> raw(Type type) {
		if (type instanceof Class<?> c) {
			return c;
		}
		if (type instanceof ParameterizedType parameterized) {
			return (Class<?>) parameterized.getRawType();
		}
		return Object.class;
	}

	private static Type argument(Type type, int index) {
		return type instanceof ParameterizedType parameterized ? parameterized.getActualTypeArguments()[index]
				: Object.class;
	}

}
