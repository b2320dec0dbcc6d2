package org.secondopinion.testing.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.secondopinion.testing.configuration.Javadoc;
import org.secondopinion.testing.docs.GeneratedParts;

/**
 * A service's modules (its feature packages) as {@code docs/modules.md} describes them: what each is (its
 * {@code package-info.java}), which modules it uses and is used by, the types other modules use, the event records
 * it names and the tables it runs SQL on, with a diagram; read from the compiled main classes, so the document
 * cannot drift from the code.
 */
public final class ModuleDocumentation {

	private static final String REGENERATE = "./mvnw -B -ntp -pl %s -am test -Dtest=ModuleDocumentationTests "
			+ "-Dsurefire.failIfNoSpecifiedTests=false -Dmodules.write=true";

	private static final String APPLICATION = "(application)";

	private static final String EVENTS = "org.secondopinion.events";

	private static final Pattern CREATE_TABLE = Pattern
		.compile("(?i)create\\s+(?:unlogged\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

	private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.*?(?<!\\be\\.g|\\bi\\.e|\\betc)\\.)(?:\\s|$)");

	private final String service;

	private final String title;

	private final String basePackage;

	private final Path projectRoot = Path.of(System.getProperty("second-opinion.project-root", ".."));

	private ModuleDocumentation(String service, String title, String basePackage) {
		this.service = service;
		this.title = title;
		this.basePackage = basePackage;
	}

	/**
	 * @param service the Maven module, which is also the part's name in {@code docs/modules.md}
	 * @param title the service's name as a heading
	 * @param basePackage the application package; each package directly below it is a module
	 */
	public static ModuleDocumentation of(String service, String title, String basePackage) {
		return new ModuleDocumentation(service, title, basePackage);
	}

	/**
	 * Fails when {@code docs/modules.md} does not hold this service's part as {@link #markdown()} gives it; with the
	 * system property {@code modules.write=true}, writes it instead.
	 */
	public void verifyDocument() {
		new GeneratedParts(projectRoot.resolve("docs/modules.md"), "Modules", REGENERATE)
			.verifyOrWrite("modules.write", service, markdown());
	}

	/** This service's part of the document. */
	public String markdown() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(basePackage);
		Set<String> tables = tables();
		Map<String, Module> modules = new TreeMap<>();
		for (JavaClass type : classes) {
			if (!type.getPackageName().startsWith(basePackage)) {
				continue;
			}
			Module module = modules.computeIfAbsent(moduleOf(type), Module::new);
			module.tables.addAll(SqlTables.namedBy(type, tables));
			for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
				JavaClass target = outermost(dependency.getTargetClass());
				String targetPackage = target.getPackageName();
				if (targetPackage.startsWith(EVENTS)) {
					module.events.add(target.getSimpleName());
				}
				else if (targetPackage.equals(basePackage) || targetPackage.startsWith(basePackage + ".")) {
					String used = moduleOf(target);
					if (!used.equals(module.name)) {
						module.uses.add(used);
						modules.computeIfAbsent(used, Module::new).usedBy.add(module.name);
						modules.get(used).api.add(target.getSimpleName());
					}
				}
			}
		}
		return render(modules);
	}

	private String render(Map<String, Module> modules) {
		StringBuilder out = new StringBuilder();
		out.append("## ").append(title).append(" (`").append(service).append("`)\n\n");
		out.append("Generated from the compiled classes and each package's `package-info.java` by")
			.append(" `ModuleDocumentationTests` of `")
			.append(service)
			.append("`: do not edit by hand. An arrow reads \"uses\"; ")
			.append(APPLICATION)
			.append(" is `")
			.append(basePackage)
			.append("` itself (settings, configuration).\n\n");
		out.append("```mermaid\nflowchart TD\n");
		for (Module module : modules.values()) {
			for (String used : module.uses) {
				if (!used.equals(APPLICATION)) {
					out.append("  ").append(module.name).append(" --> ").append(used).append('\n');
				}
			}
		}
		out.append("```\n\n");
		out.append("| module | what it holds | uses | used by | types other modules use | event records | tables |\n");
		out.append("| --- | --- | --- | --- | --- | --- | --- |\n");
		for (Module module : modules.values()) {
			out.append("| `")
				.append(module.name)
				.append("` | ")
				.append(description(module.name))
				.append(" | ")
				.append(list(module.uses, false))
				.append(" | ")
				.append(list(module.usedBy, false))
				.append(" | ")
				.append(list(module.api, true))
				.append(" | ")
				.append(list(module.events, true))
				.append(" | ")
				.append(list(module.tables, true))
				.append(" |\n");
		}
		return out.toString();
	}

	private static String list(Set<String> names, boolean code) {
		if (names.isEmpty()) {
			return "—";
		}
		List<String> shown = new ArrayList<>();
		for (String name : names) {
			shown.add(code ? "`" + name + "`" : name);
		}
		return String.join(", ", shown);
	}

	private String moduleOf(JavaClass type) {
		String name = type.getPackageName();
		if (name.equals(basePackage)) {
			return APPLICATION;
		}
		String rest = name.substring(basePackage.length() + 1);
		int dot = rest.indexOf('.');
		return dot < 0 ? rest : rest.substring(0, dot);
	}

	private static JavaClass outermost(JavaClass type) {
		JavaClass outer = type;
		while (outer.getEnclosingClass().isPresent()) {
			outer = outer.getEnclosingClass().get();
		}
		return outer.isArray() ? outer.getBaseComponentType() : outer;
	}

	private String description(String module) {
		String pkg = module.equals(APPLICATION) ? basePackage : basePackage + "." + module;
		Path file = Path.of("src", "main", "java").resolve(pkg.replace('.', '/')).resolve("package-info.java");
		if (!Files.exists(file)) {
			return "(no `package-info.java`)";
		}
		try {
			String source = Files.readString(file);
			int start = source.indexOf("/**");
			int end = source.indexOf("*/", start + 3);
			if (start < 0 || end < 0) {
				return "(no package Javadoc)";
			}
			String javadoc = source.substring(start + 3, end).replaceAll("(?m)^\\s*\\*\\s?", " ");
			String text = Javadoc.markdown(javadoc);
			Matcher sentence = FIRST_SENTENCE.matcher(text);
			return sentence.find() ? sentence.group(1) : text;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Set<String> tables() {
		Path migrations = Path.of("src", "main", "resources", "db");
		Set<String> tables = new TreeSet<>();
		if (!Files.isDirectory(migrations)) {
			return tables;
		}
		try (Stream<Path> files = Files.walk(migrations)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
				Matcher create = CREATE_TABLE.matcher(Files.readString(file));
				while (create.find()) {
					tables.add(create.group(1).toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tables;
	}

	private static final class Module {

		final String name;

		final Set<String> uses = new TreeSet<>();

		final Set<String> usedBy = new TreeSet<>();

		final Set<String> api = new TreeSet<>();

		final Set<String> events = new TreeSet<>();

		final Set<String> tables = new TreeSet<>();

		Module(String name) {
			this.name = name;
		}

	}

}
