package org.secondopinion.assessment.criteria;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hl7.fhir.r4.model.ValueSet;
import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.picture.CodedConcept;

/**
 * The codes that a value set's hierarchical filters ({@code concept is-a 399068003}) stand for, as a FHIR
 * {@code ValueSet.expansion} lists them, with where they came from: the expansion shipped in the file (assembled
 * offline) or one a terminology server returned, and when.
 * @param source {@code expansion.parameter} "source" (or the server's base URL), for people
 * @param timestamp {@code expansion.timestamp}
 * @param shipped whether it is the one in the file rather than a server's
 */
record Expansion(Map<String, Set<String>> codesBySystem, String source, @Nullable Instant timestamp,
		boolean shipped) {

	Expansion {
		Map<String, Set<String>> copy = new HashMap<>();
		codesBySystem.forEach((system, codes) -> copy.put(CodedConcept.canonical(system), Set.copyOf(codes)));
		codesBySystem = Map.copyOf(copy);
	}

	static Expansion of(ValueSet.ValueSetExpansionComponent expansion, String defaultSource, boolean shipped) {
		Map<String, Set<String>> codes = new HashMap<>();
		collect(expansion.getContains(), codes);
		String source = expansion.getParameter()
			.stream()
			.filter(p -> "source".equals(p.getName()) && p.hasValue())
			.map(p -> p.getValue().primitiveValue())
			.findFirst()
			.orElse(defaultSource);
		return new Expansion(codes, source, expansion.hasTimestamp() ? expansion.getTimestamp().toInstant() : null,
				shipped);
	}

	/** Nested {@code contains} (a hierarchical expansion) are members too; abstract entries are not. */
	private static void collect(List<ValueSet.ValueSetExpansionContainsComponent> contains,
			Map<String, Set<String>> into) {
		for (ValueSet.ValueSetExpansionContainsComponent entry : contains) {
			if (entry.hasSystem() && entry.hasCode() && !entry.getAbstract() && !entry.getInactive()) {
				into.computeIfAbsent(entry.getSystem(), system -> new HashSet<>()).add(entry.getCode().trim());
			}
			collect(entry.getContains(), into);
		}
	}

	/** The displays and designations of the entries (nested ones too), for matching concepts by name. */
	static void names(List<ValueSet.ValueSetExpansionContainsComponent> contains, List<String> into) {
		for (ValueSet.ValueSetExpansionContainsComponent entry : contains) {
			if (!entry.getAbstract() && !entry.getInactive()) {
				if (entry.hasDisplay()) {
					into.add(entry.getDisplay());
				}
				entry.getDesignation().forEach(d -> into.add(d.getValue()));
			}
			names(entry.getContains(), into);
		}
	}

	boolean contains(String system, String code) {
		Set<String> codes = codesBySystem.get(system);
		return codes != null && codes.contains(code);
	}

	int size() {
		return codesBySystem.values().stream().mapToInt(Set::size).sum();
	}

	String describe() {
		return (shipped ? "shipped" : "server") + " expansion of " + size() + " codes"
				+ (timestamp == null ? "" : " dated " + timestamp) + " from " + source;
	}

}
