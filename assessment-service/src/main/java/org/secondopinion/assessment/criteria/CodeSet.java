package org.secondopinion.assessment.criteria;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

	private final String fingerprint;

	private CodeSet(String name, String version, Map<String, String> displays, List<CodePrefix> prefixes,
			String fingerprint) {
		this.name = name;
		this.version = version;
		this.displays = Map.copyOf(displays);
		this.prefixes = List.copyOf(prefixes);
		this.fingerprint = fingerprint;
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
		return displays.containsKey(CodePrefix.key(code.system(), code.code()))
				|| prefixes.stream().anyMatch(p -> p.matches(code));
	}

	boolean matches(Concept concept) {
		return firstMatch(concept.codings()).isPresent();
	}

	/** The first of {@code codes} that is in this set. */
	Optional<CodedConcept> firstMatch(List<CodedConcept> codes) {
		return codes.stream().filter(this::contains).findFirst();
	}

}
