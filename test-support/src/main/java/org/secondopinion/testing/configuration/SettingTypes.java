package org.secondopinion.testing.configuration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.core.ResolvableType;
import org.springframework.util.ClassUtils;

/** How a setting's Java type is laid out in properties: one value, a list, a map, or a group of settings. */
final class SettingTypes {

	enum Shape {

		/** One value. */
		VALUE,
		/** A list of values: one comma-separated value or indexed keys. */
		VALUES,
		/** A map of values: one key per entry. */
		VALUE_MAP,
		/** A record or class of our own: its components are settings. */
		GROUP,
		/** A list of groups: {@code [i]} indexed keys. */
		GROUP_LIST,
		/** A map of groups: one key per entry. */
		GROUP_MAP

	}

	private final ClassLoader classLoader;

	private final String ownPackage;

	SettingTypes(ClassLoader classLoader, String ownPackage) {
		this.classLoader = classLoader;
		this.ownPackage = ownPackage;
	}

	/** The type the configuration metadata names, e.g. {@code java.util.List<a.B$C>}; a plain value if unknown. */
	ResolvableType parse(String name) {
		return new Parser(name.replace(" ", "")).type();
	}

	Shape shape(ResolvableType type) {
		Class<?> raw = type.toClass();
		if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
			return isGroup(element(type)) ? Shape.GROUP_LIST : Shape.VALUES;
		}
		if (Map.class.isAssignableFrom(raw)) {
			return isGroup(element(type)) ? Shape.GROUP_MAP : Shape.VALUE_MAP;
		}
		return isGroup(type) ? Shape.GROUP : Shape.VALUE;
	}

	/** The element type of a list or array, the value type of a map. */
	ResolvableType element(ResolvableType type) {
		if (type.isArray()) {
			return type.getComponentType();
		}
		if (Map.class.isAssignableFrom(type.toClass())) {
			return type.asMap().getGeneric(1);
		}
		return type.asCollection().getGeneric(0);
	}

	/** The allowed values of an enum, as written in properties; empty for other types. */
	List<String> enumValues(ResolvableType type) {
		Class<?> raw = type.toClass();
		List<String> values = new ArrayList<>();
		if (raw.isEnum()) {
			for (Object constant : raw.getEnumConstants()) {
				values.add(((Enum<?>) constant).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
			}
		}
		return values;
	}

	private boolean isGroup(ResolvableType type) {
		Class<?> raw = type.resolve();
		return raw != null && !raw.isEnum() && !raw.isInterface() && raw.getName().startsWith(ownPackage);
	}

	/** A recursive-descent reader of {@code a.B<c.D,e.F<g.H>>}. */
	private final class Parser {

		private final String text;

		private int position;

		Parser(String text) {
			this.text = text;
		}

		ResolvableType type() {
			int start = position;
			while (position < text.length() && "<>,".indexOf(text.charAt(position)) < 0) {
				position++;
			}
			String name = text.substring(start, position);
			List<ResolvableType> generics = new ArrayList<>();
			if (position < text.length() && text.charAt(position) == '<') {
				do {
					position++;
					generics.add(type());
				}
				while (text.charAt(position) == ',');
				position++;
			}
			Class<?> raw = load(name);
			if (generics.isEmpty() || raw.getTypeParameters().length != generics.size()) {
				return ResolvableType.forClass(raw);
			}
			return ResolvableType.forClassWithGenerics(raw, generics.toArray(ResolvableType[]::new));
		}

		private Class<?> load(String name) {
			try {
				return ClassUtils.forName(name, classLoader);
			}
			catch (ClassNotFoundException | LinkageError ex) {
				return Object.class;
			}
		}

	}

}
