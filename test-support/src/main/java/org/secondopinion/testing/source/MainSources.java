package org.secondopinion.testing.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The main Java sources of the module under test ({@code src/main/java} below the working directory, which is the
 * module's directory when Maven runs the tests), read as text.
 */
public final class MainSources {

	private final Path root;

	private final Map<Path, List<String>> files = new TreeMap<>();

	private MainSources(Path root) {
		this.root = root;
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path file : paths.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
				files.put(file, Files.readAllLines(file));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (files.isEmpty()) {
			throw new IllegalStateException("No Java sources below " + root.toAbsolutePath());
		}
	}

	/** The sources of the module whose tests are running. */
	public static MainSources ofThisModule() {
		return of(Path.of("src", "main", "java"));
	}

	public static MainSources of(Path root) {
		return new MainSources(root);
	}

	/**
	 * Where a source spells one of {@code codes} as a string literal ({@code "CODE"}), as {@code file:line code};
	 * sources whose file name is in {@code allowed} are skipped.
	 */
	public List<String> literalsOf(Collection<String> codes, Set<String> allowed) {
		List<String> found = new ArrayList<>();
		files.forEach((file, lines) -> {
			if (allowed.contains(file.getFileName().toString())) {
				return;
			}
			for (int i = 0; i < lines.size(); i++) {
				for (String code : codes) {
					if (lines.get(i).contains('"' + code + '"')) {
						found.add(root.relativize(file) + ":" + (i + 1) + " " + code);
					}
				}
			}
		});
		return found.stream().sorted().toList();
	}

	/**
	 * Where a source declares a method or constructor parameter, or a record component, of type {@code String}
	 * named one of {@code names} ({@code String ehrId,} or {@code @Nullable String ehrId)}), as
	 * {@code file:line declaration}; sources whose path below the root starts with one of {@code allowed} (a file,
	 * e.g. {@code org/example/Api.java}, or a package directory, e.g. {@code org/example/edge/}) are skipped.
	 */
	public List<String> stringParametersNamed(Collection<String> names, Collection<String> allowed) {
		Pattern declaration = Pattern.compile("\\bString\\s+(" + String.join("|", names) + ")\\s*[,)]");
		List<String> found = new ArrayList<>();
		files.forEach((file, lines) -> {
			String path = root.relativize(file).toString().replace('\\', '/');
			if (allowed.stream().anyMatch(path::startsWith)) {
				return;
			}
			String text = String.join("\n", lines);
			Matcher matcher = declaration.matcher(text);
			while (matcher.find()) {
				int line = (int) text.substring(0, matcher.start()).chars().filter(c -> c == '\n').count() + 1;
				found.add(path + ":" + line + " String " + matcher.group(1));
			}
		});
		return found.stream().sorted().toList();
	}

	/**
	 * The pairs of sources that share a run of more than {@code maxLines} consecutive lines, each named with the
	 * first line of the first such run. Lines are compared trimmed; blank lines, {@code package} and {@code import}
	 * lines are left out, so that shared imports or formatting do not count as a copy.
	 */
	public List<String> sharedRunsLongerThan(int maxLines) {
		int window = maxLines + 1;
		Map<List<String>, Set<String>> seen = new HashMap<>();
		Map<String, String> shared = new LinkedHashMap<>();
		files.forEach((file, lines) -> {
			String name = root.relativize(file).toString();
			List<String> code = lines.stream()
				.map(String::strip)
				.filter(l -> !l.isEmpty() && !l.startsWith("import ") && !l.startsWith("package "))
				.toList();
			for (int i = 0; i + window <= code.size(); i++) {
				List<String> run = code.subList(i, i + window);
				Set<String> where = seen.computeIfAbsent(run, k -> new TreeSet<>());
				for (String other : where) {
					if (!other.equals(name)) {
						shared.putIfAbsent(other + " and " + name, run.get(0));
					}
				}
				where.add(name);
			}
		});
		List<String> found = new ArrayList<>();
		shared.forEach((pair, first) -> found.add(pair + " share a run starting '" + first + "'"));
		return found;
	}

}
