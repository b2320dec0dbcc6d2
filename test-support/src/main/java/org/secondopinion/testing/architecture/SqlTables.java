package org.secondopinion.testing.architecture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
