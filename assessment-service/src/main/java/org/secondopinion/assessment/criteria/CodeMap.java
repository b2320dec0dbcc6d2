package org.secondopinion.assessment.criteria;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.ConceptMap;
import org.secondopinion.assessment.picture.CodedConcept;
import org.secondopinion.assessment.picture.Concept;
import org.springframework.core.io.Resource;

/**
 * A FHIR ConceptMap read as a table from source codes to target codes, e.g. diagnosis → the symptoms it explains,
 * or chronic condition → the specialty that looks after it. Source codes of ICD-10 and ICD-10-CM also match every
 * code under them ({@code E11} matches {@code E11.65}), the most specific source winning.
 */
final class CodeMap {

	private final String name;

	private final String version;

	private final String fingerprint;

	private final Map<String, List<CodedConcept>> targets;

	private CodeMap(String name, String version, String fingerprint, Map<String, List<CodedConcept>> targets) {
		this.name = name;
		this.version = version;
		this.fingerprint = fingerprint;
		this.targets = Map.copyOf(targets);
	}

	static CodeMap load(FhirContext fhir, Resource file) {
		try (InputStream in = file.getInputStream()) {
			byte[] bytes = in.readAllBytes();
			ConceptMap map = fhir.newJsonParser().parseResource(ConceptMap.class, new String(bytes, StandardCharsets.UTF_8));
			Map<String, List<CodedConcept>> targets = new LinkedHashMap<>();
			for (ConceptMap.ConceptMapGroupComponent group : map.getGroup()) {
				if (!group.hasSource() || !group.hasTarget()) {
					throw new IllegalStateException("Concept map " + file.getDescription()
							+ " must name the source and target system of every group");
				}
				for (ConceptMap.SourceElementComponent element : group.getElement()) {
					List<CodedConcept> to = targets.computeIfAbsent(CodePrefix.key(group.getSource(), element.getCode()),
							k -> new ArrayList<>());
					element.getTarget()
						.forEach(t -> to.add(new CodedConcept(group.getTarget(), t.getCode(), t.getDisplay())));
				}
			}
			return new CodeMap(map.hasName() ? map.getName() : file.getDescription(),
					map.hasVersion() ? map.getVersion() : "unversioned", Fingerprint.of(bytes), targets);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read concept map " + file.getDescription(), ex);
		}
	}

	/** What one code maps to: its own entry, else (ICD-10) that of its closest ancestor; empty if none. */
	List<CodedConcept> targetsOf(CodedConcept code) {
		String key = CodePrefix.key(code.system(), code.code());
		List<CodedConcept> exact = targets.get(key);
		if (exact != null) {
			return exact;
		}
		if (!CodePrefix.PREFIX_SYSTEMS.contains(code.system())) {
			return List.of();
		}
		return targets.entrySet()
			.stream()
			.filter(e -> key.startsWith(e.getKey()))
			.max(Comparator.comparingInt(e -> e.getKey().length()))
			.map(Map.Entry::getValue)
			.orElse(List.of());
	}

	/** What any of the concept's codings maps to, without duplicates. */
	List<CodedConcept> targetsOf(Concept concept) {
		List<CodedConcept> all = new ArrayList<>();
		for (CodedConcept coding : concept.codings()) {
			for (CodedConcept target : targetsOf(coding)) {
				if (all.stream().noneMatch(target::sameCodeAs)) {
					all.add(target);
				}
			}
		}
		return all;
	}

	/** Whether any source maps to one of the concept's codes. */
	boolean isTarget(Concept concept) {
		return targets.values()
			.stream()
			.flatMap(List::stream)
			.anyMatch(t -> concept.codings().stream().anyMatch(t::sameCodeAs));
	}

	boolean hasSource(Concept concept) {
		return !targetsOf(concept).isEmpty();
	}

	String describe() {
		return name + " " + version + " (" + targets.size() + " sources, sha256 " + fingerprint + ")";
	}

}
