package org.secondopinion.testing.architecture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.Source;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Whether a class runs SQL on a table: SQL is written here as string literals, and a class file keeps its literals
 * in its constant pool, so a table's name there means the class names the table in SQL. The bytes are read as
 * Latin-1, which leaves the ASCII of table names as they are.
 */
public final class SqlTables {

	private SqlTables() {
	}

	public static ArchCondition<JavaClass> nameAnyOf(String... tables) {
		return new ArchCondition<>("name any of the tables " + List.of(tables) + " in SQL") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				String code = classFileOf(type);
				for (String table : tables) {
					boolean named = Pattern.compile("\\b" + table + "\\b").matcher(code).find();
					events.add(new SimpleConditionEvent(type, named,
							type.getName() + (named ? " names table " : " does not name table ") + table));
				}
			}
		};
	}

	/**
	 * Which of {@code tables} the class runs SQL on: a table's name after {@code from}, {@code into}, {@code update},
	 * {@code join} or {@code table} in its class file's string constants (so that a word like "delivery" in a message
	 * does not count).
	 */
	public static Set<String> namedBy(JavaClass type, Collection<String> tables) {
		String code = classFileOf(type);
		Set<String> named = new TreeSet<>();
		for (String table : tables) {
			if (Pattern.compile("(?i)\\b(?:from|into|update|join|table)\\s+" + table + "\\b").matcher(code).find()) {
				named.add(table);
			}
		}
		return named;
	}

	private static String classFileOf(JavaClass type) {
		Source source = type.getSource()
			.orElseThrow(() -> new IllegalStateException("No class file of " + type.getName()));
		try (InputStream in = source.getUri().toURL().openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the class file of " + type.getName(), ex);
		}
	}

}
