package org.secondopinion.assessment.criteria;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.ValueSet;
import org.secondopinion.assessment.picture.CodedConcept;
import org.springframework.core.io.Resource;

/** The codes of a FHIR ValueSet's {@code compose.include} lists, looked up as (system, code) pairs. */
final class CodeSet {

	private final String name;

	private final Map<String, String> displays;

	private CodeSet(String name, Map<String, String> displays) {
		this.name = name;
		this.displays = Map.copyOf(displays);
	}

	static CodeSet load(FhirContext fhir, Resource file) {
		try (InputStream in = file.getInputStream()) {
			ValueSet valueSet = fhir.newJsonParser().parseResource(ValueSet.class, in);
			Map<String, String> displays = new HashMap<>();
			for (ValueSet.ConceptSetComponent include : valueSet.getCompose().getInclude()) {
				if (!include.hasSystem() || include.getConcept().isEmpty()) {
					throw new IllegalStateException("Value set " + file.getDescription()
							+ " must list concepts with their system; filters and nested value sets are not expanded");
				}
				for (ValueSet.ConceptReferenceComponent concept : include.getConcept()) {
					displays.put(key(include.getSystem(), concept.getCode()), concept.getDisplay());
				}
			}
			return new CodeSet(valueSet.hasName() ? valueSet.getName() : file.getDescription(), displays);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read value set " + file.getDescription(), ex);
		}
	}

	String name() {
		return name;
	}

	int size() {
		return displays.size();
	}

	/** The first of {@code codes} that is in this set. */
	Optional<CodedConcept> firstMatch(List<CodedConcept> codes) {
		return codes.stream().filter(c -> displays.containsKey(key(c.system(), c.code()))).findFirst();
	}

	private static String key(String system, String code) {
		return system + "|" + code;
	}

}
