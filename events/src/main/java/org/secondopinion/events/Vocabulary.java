package org.secondopinion.events;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/** Reads the contract's spelling of an enum value, refusing any other with the values it knows. */
final class Vocabulary {

	private Vocabulary() {
	}

	static <E extends Enum<E>> E parse(Class<E> type, @Nullable String value, String what) {
		for (E constant : type.getEnumConstants()) {
			if (spelling(constant).equals(value)) {
				return constant;
			}
		}
		throw new InvalidEventException("Unknown " + what + " '" + value + "' (known: " + Arrays
			.stream(type.getEnumConstants())
			.map(Vocabulary::spelling)
			.collect(Collectors.joining(", ")) + ")");
	}

	private static String spelling(Enum<?> constant) {
		return switch (constant) {
			case CriterionCode c -> c.code();
			case Priority p -> p.code();
			case FlagStatus s -> s.code();
			default -> constant.name();
		};
	}

}
