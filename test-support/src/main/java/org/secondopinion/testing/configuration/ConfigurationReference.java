package org.secondopinion.testing.configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * One service's part of {@code docs/configuration.md}, built from what is on the test class path: the configuration
 * metadata of its settings records (with their javadoc), Spring Boot's metadata for the Spring settings named, and
 * the service's YAML file for defaults. A service's test checks the file against it, and rewrites its part when run
 * with {@code -Dconfiguration.write=true}.
 */
public final class ConfigurationReference {

	private final String service;

	private final String title;

	private final List<String> packages;

	private final List<String> springKeys = new ArrayList<>();

	private final ClassLoader classLoader = ConfigurationReference.class.getClassLoader();

	private final Path projectRoot = Path.of(System.getProperty("second-opinion.project-root", ".."));

	private ConfigurationReference(String service, String title, List<String> packages) {
		this.service = service;
		this.title = title;
		this.packages = packages;
	}

	/**
	 * @param service the service's module and configuration name, e.g. {@code fhir-gateway}
	 * @param title how the reference heads its part, e.g. {@code FHIR gateway}
	 * @param packages the packages whose settings the service binds: its own and the shared modules' it uses
	 */
	public static ConfigurationReference of(String service, String title, String... packages) {
		return new ConfigurationReference(service, title, List.of(packages));
	}

	/** Spring's own settings an operator sets for this service, e.g. {@code spring.datasource.url}. */
	public ConfigurationReference springSettings(String... keys) {
		springKeys.addAll(List.of(keys));
		return this;
	}

	public List<Setting> springSettings() {
		return catalog().spring(springKeys);
	}

	public List<Setting> secondOpinionSettings() {
		return catalog().secondOpinion();
	}

	/** Settings whose meaning neither the metadata nor the record's javadoc gives. */
	public List<String> undescribed() {
		return Stream.concat(springSettings().stream(), secondOpinionSettings().stream())
			.filter(setting -> setting.description().isBlank())
			.map(Setting::key)
			.toList();
	}

	/** Documented environment variables that Spring Boot would not bind to their setting. */
	public List<String> unboundEnvironmentVariables() {
		return EnvironmentVariables.unbound(Stream.concat(springSettings().stream(), secondOpinionSettings().stream()).toList());
	}

	/** {@code second-opinion.*} keys of the service's YAML file that match no documented setting. */
	public List<String> undocumentedYamlKeys() {
		List<Pattern> documented = secondOpinionSettings().stream().map(ConfigurationReference::pattern).toList();
		return yaml().keySet()
			.stream()
			.filter(key -> key.startsWith("second-opinion."))
			.filter(key -> documented.stream().noneMatch(pattern -> pattern.matcher(key).matches()))
			.toList();
	}

	/** This service's part of the reference, between its markers. */
	public String markdown() {
		return ReferenceDocument.section(service, title, springSettings(), secondOpinionSettings());
	}

	/**
	 * Fails when {@code docs/configuration.md} does not hold this service's part as {@link #markdown()} gives it;
	 * with the system property {@code configuration.write=true}, writes it instead.
	 */
	public void verifyDocument() {
		ReferenceDocument document = new ReferenceDocument(projectRoot.resolve("docs/configuration.md"));
		if (Boolean.getBoolean("configuration.write")) {
			document.write(service, markdown());
		}
		else {
			document.verify(service, markdown());
		}
	}

	private SettingsCatalog catalog() {
		return new SettingsCatalog(SettingsMetadata.load(classLoader), yaml(), service + ".yaml",
				new SettingTypes(classLoader, "org.secondopinion."), new Javadoc(projectRoot), packages);
	}

	private Map<String, String> yaml() {
		Map<String, String> flat = new LinkedHashMap<>();
		try {
			for (PropertySource<?> source : new YamlPropertySourceLoader().load(service,
					new ClassPathResource(service + ".yaml", classLoader))) {
				EnumerablePropertySource<?> enumerable = (EnumerablePropertySource<?>) source;
				for (String name : enumerable.getPropertyNames()) {
					flat.putIfAbsent(name, String.valueOf(enumerable.getProperty(name)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return flat;
	}

	private static Pattern pattern(Setting setting) {
		String key = setting.key();
		String regex = Pattern.quote(key).replace("[i]", "\\E\\[\\d+]\\Q");
		regex = key.endsWith(".{key}") ? regex.replace(".{key}\\E", "\\E(\\..+)?") : regex;
		regex = regex.replace("{key}", "\\E[^.\\[]+\\Q");
		return Pattern.compile(regex + "(\\[\\d+])*");
	}

}
