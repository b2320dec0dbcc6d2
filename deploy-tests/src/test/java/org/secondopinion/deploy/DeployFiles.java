package org.secondopinion.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The files under {@code deploy/}, read as YAML (anchors and merge keys resolved, as Compose and kubectl do). */
final class DeployFiles {

	private DeployFiles() {
	}

	static Path projectRoot() {
		String property = System.getProperty("second-opinion.project-root");
		Path start = property != null ? Path.of(property) : Path.of("").toAbsolutePath();
		for (Path directory = start.toAbsolutePath(); directory != null; directory = directory.getParent()) {
			if (Files.isDirectory(directory.resolve("deploy")) && Files.exists(directory.resolve("mvnw"))) {
				return directory;
			}
		}
		throw new IllegalStateException("No project root with deploy/ above " + start);
	}

	static Path deploy() {
		return projectRoot().resolve("deploy");
	}

	/** Every {@code .yaml}/{@code .yml} file under {@code deploy/}, sorted. */
	static List<Path> yamlFiles() {
		try (Stream<Path> files = Files.walk(deploy())) {
			return files.filter(Files::isRegularFile)
				.filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every YAML file under {@code deploy/k8s}. */
	static List<Path> kubernetesFiles() {
		Path k8s = deploy().resolve("k8s");
		return yamlFiles().stream().filter(file -> file.startsWith(k8s)).toList();
	}

	static Path compose() {
		return deploy().resolve("compose.yaml");
	}

	/** The documents of a (multi-document) YAML file; an empty document is left out. */
	static List<Map<String, Object>> documents(Path file) {
		List<Map<String, Object>> documents = new ArrayList<>();
		try {
			for (Object document : yaml().loadAll(Files.readString(file))) {
				if (document == null) {
					continue;
				}
				if (!(document instanceof Map<?, ?> map)) {
					throw new IllegalArgumentException(file + ": a document is not a mapping: " + document);
				}
				documents.add(cast(map));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return documents;
	}

	static Map<String, Object> document(Path file) {
		List<Map<String, Object>> documents = documents(file);
		if (documents.size() != 1) {
			throw new IllegalArgumentException(file + " holds " + documents.size() + " documents, not one");
		}
		return documents.get(0);
	}

	static Yaml yaml() {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		return new Yaml(new SafeConstructor(options));
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> cast(Object map) {
		return (Map<String, Object>) map;
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(Object list) {
		return (List<Object>) list;
	}

	/** The value at a path of keys, or null. */
	static Object at(Map<String, Object> map, String... keys) {
		Object value = map;
		for (String key : keys) {
			if (!(value instanceof Map<?, ?> current)) {
				return null;
			}
			value = current.get(key);
		}
		return value;
	}

}
