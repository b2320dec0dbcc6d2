package org.secondopinion.assessment.criteria;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.ValueSet;
import org.secondopinion.assessment.picture.CodedConcept;
import org.secondopinion.assessment.picture.Concept;
import org.springframework.core.io.Resource;

/**
 * The codes of a FHIR ValueSet's {@code compose.include} lists, looked up as (system, code) pairs. An include may
 * also hold a filter {@code concept is-a CODE} (or {@code descendent-of}) for a code system whose hierarchy is
 * spelled in its codes (ICD-10, ICD-10-CM): {@code is-a K58} matches K58 and every code under it (K58.0, K58.9).
 */
final class CodeSet {

	private final String name;

	private final String version;

	private final Map<String, String> displays;

	private final List<CodePrefix> prefixes;

	/** The codes by system (normalised for ICD-10), so that a lookup builds no string. */
	private final Map<String, Set<String>> codesBySystem;

	/** The normalised prefixes by system. */
	private final Map<String, String[]> prefixesBySystem;

	private final String fingerprint;

	private CodeSet(String name, String version, Map<String, String> displays, List<CodePrefix> prefixes,
			String fingerprint) {
		this.name = name;
		this.version = version;
		this.displays = Map.copyOf(displays);
		this.prefixes = List.copyOf(prefixes);
		this.fingerprint = fingerprint;
		Map<String, Set<String>> codes = new HashMap<>();
		this.displays.keySet().forEach(key -> {
			int bar = key.indexOf('|');
			codes.computeIfAbsent(CodedConcept.canonical(key.substring(0, bar)), system -> new HashSet<>())
				.add(CodedConcept.canonical(key.substring(bar + 1)));
		});
		this.codesBySystem = new HashMap<>(codes);
		Map<String, List<String>> bySystem = new HashMap<>();
		this.prefixes.forEach(p -> bySystem.computeIfAbsent(CodedConcept.canonical(p.system()), system -> new ArrayList<>()).add(p.prefix()));
		this.prefixesBySystem = new HashMap<>();
		bySystem.forEach((system, list) -> this.prefixesBySystem.put(system, list.toArray(String[]::new)));
	}

	static CodeSet load(FhirContext fhir, Resource file) {
		try (InputStream in = file.getInputStream()) {
			byte[] bytes = in.readAllBytes();
			ValueSet valueSet = fhir.newJsonParser().parseResource(ValueSet.class, new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
			Map<String, String> displays = new HashMap<>();
			List<CodePrefix> prefixes = new ArrayList<>();
			for (ValueSet.ConceptSetComponent include : valueSet.getCompose().getInclude()) {
				if (!include.hasSystem() || (include.getConcept().isEmpty() && include.getFilter().isEmpty())) {
					throw new IllegalStateException("Value set " + file.getDescription()
							+ " must list concepts or filters with their system; nested value sets are not expanded");
				}
				for (ValueSet.ConceptReferenceComponent concept : include.getConcept()) {
					displays.put(CodePrefix.key(include.getSystem(), concept.getCode()),
							concept.hasDisplay() ? concept.getDisplay() : concept.getCode());
				}
				for (ValueSet.ConceptSetFilterComponent filter : include.getFilter()) {
					prefixes.add(CodePrefix.of(include.getSystem(), filter.getProperty(),
							filter.getOpElement().getValueAsString(), filter.getValue(), file.getDescription()));
				}
			}
			return new CodeSet(valueSet.hasName() ? valueSet.getName() : file.getDescription(),
					valueSet.hasVersion() ? valueSet.getVersion() : "unversioned", displays, prefixes,
					Fingerprint.of(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read value set " + file.getDescription(), ex);
		}
	}

	String name() {
		return name;
	}

	int size() {
		return displays.size() + prefixes.size();
	}

	/** Name, version and content fingerprint: changes whenever the file does. */
	String describe() {
		return name + " " + version + " (" + size() + " entries, sha256 " + fingerprint + ")";
	}

	boolean contains(CodedConcept code) {
		Set<String> codes = codesBySystem.get(code.system());
		String[] under = prefixesBySystem.get(code.system());
		if (codes == null && under == null) {
			return false;
		}
		String value = CodePrefix.PREFIX_SYSTEMS.contains(code.system()) ? CodePrefix.normalise(code.code())
				: code.code();
		if (codes != null && codes.contains(value)) {
			return true;
		}
		if (under != null) {
			for (String prefix : under) {
				if (value.startsWith(prefix)) {
					return true;
				}
			}
		}
		return false;
	}

	boolean matches(Concept concept) {
		List<CodedConcept> codings = concept.codings();
		for (int i = 0; i < codings.size(); i++) {
			if (contains(codings.get(i))) {
				return true;
			}
		}
		return false;
	}

	/** The first of {@code codes} that is in this set. */
	Optional<CodedConcept> firstMatch(List<CodedConcept> codes) {
		for (int i = 0; i < codes.size(); i++) {
			if (contains(codes.get(i))) {
				return Optional.of(codes.get(i));
			}
		}
		return Optional.empty();
	}

}
