package org.secondopinion.assessment.criteria;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.ConceptMap;
import org.secondopinion.assessment.picture.CodedConcept;
import org.secondopinion.assessment.picture.Concept;
import org.springframework.core.io.Resource;

/**
 * A FHIR ConceptMap read as a table from source codes to target codes, e.g. diagnosis → the symptoms it explains,
 * or chronic condition → the specialty that looks after it. Source codes of ICD-10 and ICD-10-CM also match every
 * code under them ({@code E11} matches {@code E11.65}), the most specific source winning. A source of another system
 * (SNOMED CT) matches the descendants it lists in {@link #DESCENDANTS} extensions, a shipped expansion of its family
 * whose source and date the map states ({@link #DESCENDANTS_SOURCE}); a descendant with an entry of its own keeps it.
 */
final class CodeMap {

	private final String name;

	private final String version;

	private final String fingerprint;

	/** The extension that marks a source whose targets count but that is not itself judged (an established disease). */
	static final String EXPLAINS_ONLY = "https://secondopinion.org/fhir/StructureDefinition/explains-only";

	/**
	 * The extension of a source element listing, as {@code valueCoding}s of the source's system, the descendants of
	 * that concept the entry speaks for: its family as a terminology server would expand it, shipped.
	 */
	static final String DESCENDANTS = "https://secondopinion.org/fhir/StructureDefinition/descendants";

	/**
	 * The extension of a source element naming, as a {@code valueString}, the problem it is one coding of: sources
	 * with the same problem (a SNOMED CT problem-list entry and the ICD-10-CM encounter diagnosis of the same disease,
	 * or Hashimoto thyroiditis and hypothyroidism) are one problem, however many codes the record uses for it.
	 */
	static final String PROBLEM = "https://secondopinion.org/fhir/StructureDefinition/problem";

	/** The map's extension stating where its shipped descendants come from and when they were assembled. */
	static final String DESCENDANTS_SOURCE = "https://secondopinion.org/fhir/StructureDefinition/descendants-source";

	private final Map<String, List<CodedConcept>> targets;

	private final Set<String> explainsOnly;

	/** Each source's key with the problem it is one coding of, for sources that name one. */
	private final Map<String, String> problems;

	/** Each shipped descendant's key with the key of the family root whose entry speaks for it. */
	private final Map<String, String> descendants;

	/** Where the shipped descendants come from and when they were assembled, as the map states it. */
	private final String descendantsSource;

	/** Each source's display and problem name with the source codings it names, for concepts stated in words. */
	private final Map<String, List<CodedConcept>> named;

	/** The code systems of the map's sources. */
	private final Set<String> systems;

	private CodeMap(String name, String version, String fingerprint, Map<String, List<CodedConcept>> targets,
			Set<String> explainsOnly, Map<String, String> problems, Map<String, String> descendants,
			String descendantsSource) {
		this.name = name;
		this.version = version;
		this.fingerprint = fingerprint;
		this.targets = Map.copyOf(targets);
		this.explainsOnly = Set.copyOf(explainsOnly);
		this.problems = Map.copyOf(problems);
		this.descendants = Map.copyOf(descendants);
		this.descendantsSource = descendantsSource;
		Map<String, List<CodedConcept>> names = new LinkedHashMap<>();
		Set<String> sources = new HashSet<>();
		targets.keySet().forEach(key -> sources.add(key.substring(0, key.lastIndexOf('|'))));
		this.systems = Set.copyOf(sources);
		targets.keySet().forEach(key -> {
			int bar = key.lastIndexOf('|');
			CodedConcept source = new CodedConcept(key.substring(0, bar), key.substring(bar + 1), null);
			String problem = problems.get(key);
			if (problem != null) {
				names.computeIfAbsent(problem, n -> new ArrayList<>()).add(source);
			}
		});
		this.named = names;
	}

	/**
	 * The problem names the map gives ("COPD", "atrial fibrillation"), each with the source codes naming that problem:
	 * what a problem typed in words (an exchange's "COPD, moderate") is, read as {@link StatedSymptoms} reads names.
	 */
	Map<String, List<CodedConcept>> namedConcepts() {
		return named;
	}

	/** Whether the concept has a coding in a system of the map's sources: then its codes alone say what it maps to. */
	boolean judgesByCode(Concept concept) {
		return concept.codings().stream().anyMatch(c -> systems.contains(c.system()));
	}

	static CodeMap load(FhirContext fhir, Resource file) {
		try (InputStream in = file.getInputStream()) {
			byte[] bytes = in.readAllBytes();
			ConceptMap map = fhir.newJsonParser().parseResource(ConceptMap.class, new String(bytes, StandardCharsets.UTF_8));
			Map<String, List<CodedConcept>> targets = new LinkedHashMap<>();
			Set<String> explainsOnly = new HashSet<>();
			Map<String, String> problems = new LinkedHashMap<>();
			Map<String, String> descendants = new LinkedHashMap<>();
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
					if (element.getExtensionByUrl(EXPLAINS_ONLY) != null
							&& "true".equals(element.getExtensionByUrl(EXPLAINS_ONLY).getValue().primitiveValue())) {
						explainsOnly.add(CodePrefix.key(group.getSource(), element.getCode()));
					}
					String root = CodePrefix.key(group.getSource(), element.getCode());
					org.hl7.fhir.r4.model.Extension problem = element.getExtensionByUrl(PROBLEM);
					if (problem != null) {
						if (problem.getValue() == null || problem.getValue().primitiveValue() == null
								|| problem.getValue().primitiveValue().isBlank()) {
							throw new IllegalStateException("Concept map " + file.getDescription() + ": the problem of "
									+ element.getCode() + " must be a non-blank valueString");
						}
						problems.put(root, problem.getValue().primitiveValue());
					}
					for (org.hl7.fhir.r4.model.Extension extension : element.getExtensionsByUrl(DESCENDANTS)) {
						if (!(extension.getValue() instanceof org.hl7.fhir.r4.model.Coding coding) || !coding.hasCode()
								|| (coding.hasSystem() && !coding.getSystem().equals(group.getSource()))) {
							throw new IllegalStateException("Concept map " + file.getDescription() + ": a descendant of "
									+ element.getCode() + " must be a Coding with a code of " + group.getSource());
						}
						String descendant = CodePrefix.key(group.getSource(), coding.getCode());
						String before = descendants.putIfAbsent(descendant, root);
						if (before != null && !before.equals(root)) {
							throw new IllegalStateException("Concept map " + file.getDescription() + ": "
									+ coding.getCode() + " is listed as a descendant of two sources; give it an entry of its own");
						}
					}
				}
			}
			org.hl7.fhir.r4.model.Extension source = map.getExtensionByUrl(DESCENDANTS_SOURCE);
			if (!descendants.isEmpty() && (source == null || source.getValue() == null
					|| source.getValue().primitiveValue() == null || source.getValue().primitiveValue().isBlank())) {
				throw new IllegalStateException("Concept map " + file.getDescription() + " lists descendants without "
						+ "stating their source and date (extension " + DESCENDANTS_SOURCE + ")");
			}
			descendants.keySet().removeAll(targets.keySet());
			return new CodeMap(map.hasName() ? map.getName() : file.getDescription(),
					map.hasVersion() ? map.getVersion() : "unversioned", Fingerprint.of(bytes), targets, explainsOnly,
					problems, descendants, source == null ? "" : source.getValue().primitiveValue());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read concept map " + file.getDescription(), ex);
		}
	}

	/** What one code maps to: its own entry, else (ICD-10) that of its closest ancestor; empty if none. */
	List<CodedConcept> targetsOf(CodedConcept code) {
		return entryOf(code).map(targets::get).orElse(List.of());
	}

	/**
	 * The key of the entry that speaks for a code: its own, else that of the family root listing it as a descendant,
	 * else (ICD-10) its closest ancestor's. A code of WHO's ICD-10 or a national modification of it (E80.4 Gilbert
	 * syndrome in WHO ICD-10) that the map does not list under its own system is read as the ICD-10-CM code it
	 * shares its category with.
	 */
	private Optional<String> entryOf(CodedConcept given) {
		CodedConcept code = NationalIcd10.canonical(given);
		Optional<String> own = ownEntryOf(code);
		if (own.isEmpty() && NationalIcd10.isOne(code.system())) {
			return ownEntryOf(new CodedConcept(CodePrefix.ICD10_CM, code.code(), code.display()));
		}
		return own;
	}

	private Optional<String> ownEntryOf(CodedConcept code) {
		String key = CodePrefix.key(code.system(), code.code());
		if (targets.containsKey(key)) {
			return Optional.of(key);
		}
		if (descendants.containsKey(key)) {
			return Optional.of(descendants.get(key));
		}
		if (!CodePrefix.PREFIX_SYSTEMS.contains(code.system())) {
			return Optional.empty();
		}
		return targets.keySet().stream().filter(key::startsWith).max(Comparator.comparingInt(String::length));
	}

	/**
	 * Whether an entry that is not marked {@link #EXPLAINS_ONLY} speaks for one of the concept's codes: the map
	 * knows it and it may be judged.
	 */
	boolean hasJudgedSource(Concept concept) {
		return concept.codings().stream().map(this::entryOf).flatMap(Optional::stream).anyMatch(k -> !explainsOnly.contains(k));
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

	/**
	 * The problems the concept's codings are codings of, as the entries speaking for them name them ({@link #PROBLEM});
	 * empty when none names one.
	 */
	Set<String> problemsOf(Concept concept) {
		Set<String> named = new TreeSet<>();
		concept.codings().stream().map(this::entryOf).flatMap(Optional::stream).map(problems::get)
			.filter(Objects::nonNull).forEach(named::add);
		return named;
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

	String descendantsSource() {
		return descendantsSource;
	}

	String describe() {
		return name + " " + version + " (" + targets.size() + " sources"
				+ (descendants.isEmpty() ? "" : ", " + descendants.size() + " shipped descendants")
				+ ", sha256 " + fingerprint + ")";
	}

}
