package org.secondopinion.assessment.criteria;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.ValueSet;
import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.picture.CodedConcept;
import org.secondopinion.assessment.picture.Concept;
import org.springframework.core.io.Resource;

/**
 * The codes of a FHIR ValueSet's {@code compose.include} lists, looked up as (system, code) pairs. An include holds
 * either concepts or one filter (FHIR ANDs the filters of one include, so each family is an include of its own):
 * <ul>
 * <li>{@code concept is-a CODE} on ICD-10, ICD-10-CM or ICD-10-PCS matches CODE and every code under it, read from
 * the code itself ({@code is-a K58} matches K58.0);</li>
 * <li>{@code code regex PATTERN} matches every code of the system that the pattern matches whole: CPT and HCPCS
 * families, which are ranges of a section ({@code 22(5[3-9][0-9]|...)} for arthrodesis, 22532-22819);</li>
 * <li>{@code concept is-a CODE} on SNOMED CT (or any system whose hierarchy is not in the code) matches CODE and the
 * codes of the value set's {@link Expansion}: the one shipped in the file's {@code expansion} until a terminology
 * server's replaces it ({@link ValueSetExpansions}).</li>
 * </ul>
 */
final class CodeSet {

	/** ValueSet extension ({@code valueBoolean}): whether text-only concepts are matched by the set's names. */
	static final String MATCH_TEXT = "https://secondopinion.org/fhir/StructureDefinition/match-text";

	/**
	 * ValueSet extension ({@code valueBoolean}, default true): whether the words around a name can deny it
	 * ({@link ConceptNames}); false for sets of encounter types, whose names state nothing about the patient.
	 */
	static final String MATCH_TEXT_CONTEXT = "https://secondopinion.org/fhir/StructureDefinition/match-text-context";

	private final String name;

	private final String url;

	private final String version;

	private final String description;

	private final Map<String, String> displays;

	private final List<CodePrefix> prefixes;

	private final List<CodeFilter.CodePattern> patterns;

	private final List<CodeFilter.Hierarchy> hierarchies;

	/** The codes by system (normalised for ICD-10), so that a lookup builds no string. */
	private final Map<String, Set<String>> codesBySystem;

	/** The normalised prefixes by system. */
	private final Map<String, String[]> prefixesBySystem;

	private final Map<String, CodeFilter.CodePattern[]> patternsBySystem;

	/** The roots of the is-a filters (members themselves) by system. */
	private final Map<String, Set<String>> rootsBySystem;

	private final String fingerprint;

	/** The systems the set lists codes of: a concept coded in one of them is judged by its code alone. */
	private final Set<String> systems;

	/** The displays and designations of the file, for concepts that carry no code the set can judge. */
	private final ConceptNames names;

	/** Every display and designation of a listed concept with that concept, whatever {@value #MATCH_TEXT} says. */
	private final Map<String, List<CodedConcept>> namedConcepts;

	private volatile @Nullable Expansion expansion;

	/**
	 * At most this many concepts' answers are remembered: a record repeats a few hundred coded concepts over its
	 * results, which every rule asks about.
	 */
	private static final int REMEMBERED = 10_000;

	/** What {@link #matches} answered per concept under the expansion in force: replaced with the expansion. */
	private volatile Map<Concept, Boolean> matched = new java.util.concurrent.ConcurrentHashMap<>();

	private CodeSet(String name, String url, String version, String description, Map<String, String> displays,
			List<CodePrefix> prefixes, List<CodeFilter.CodePattern> patterns, List<CodeFilter.Hierarchy> hierarchies,
			@Nullable Expansion shipped, String fingerprint, Set<String> systems, ConceptNames names,
			Map<String, List<CodedConcept>> namedConcepts) {
		this.name = name;
		this.url = url;
		this.version = version;
		this.description = description;
		this.displays = Map.copyOf(displays);
		this.prefixes = List.copyOf(prefixes);
		this.patterns = List.copyOf(patterns);
		this.hierarchies = List.copyOf(hierarchies);
		this.expansion = shipped;
		this.fingerprint = fingerprint;
		this.systems = systems.stream().map(CodedConcept::canonical).collect(java.util.stream.Collectors.toUnmodifiableSet());
		this.names = names;
		Map<String, List<CodedConcept>> named = new HashMap<>();
		namedConcepts.forEach((n, codings) -> named.put(n, List.copyOf(codings)));
		this.namedConcepts = Map.copyOf(named);
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
		Map<String, List<CodeFilter.CodePattern>> patternLists = new HashMap<>();
		this.patterns.forEach(p -> patternLists.computeIfAbsent(CodedConcept.canonical(p.system()), s -> new ArrayList<>()).add(p));
		this.patternsBySystem = new HashMap<>();
		patternLists.forEach((system, list) -> this.patternsBySystem.put(system, list.toArray(CodeFilter.CodePattern[]::new)));
		this.rootsBySystem = new HashMap<>();
		this.hierarchies.stream()
			.filter(CodeFilter.Hierarchy::includesRoot)
			.forEach(h -> this.rootsBySystem.computeIfAbsent(CodedConcept.canonical(h.system()), s -> new HashSet<>()).add(h.code()));
	}

	static CodeSet load(FhirContext fhir, Resource file) {
		try (InputStream in = file.getInputStream()) {
			byte[] bytes = in.readAllBytes();
			ValueSet valueSet = fhir.newJsonParser().parseResource(ValueSet.class, new String(bytes, StandardCharsets.UTF_8));
			String where = file.getDescription();
			Map<String, String> displays = new HashMap<>();
			List<CodePrefix> prefixes = new ArrayList<>();
			List<CodeFilter.CodePattern> patterns = new ArrayList<>();
			List<CodeFilter.Hierarchy> hierarchies = new ArrayList<>();
			Set<String> systems = new HashSet<>();
			List<String> names = new ArrayList<>();
			Map<String, List<CodedConcept>> namedConcepts = new HashMap<>();
			if (valueSet.getCompose().hasExclude()) {
				throw new IllegalStateException("Value set " + where + ": compose.exclude is not supported; list what "
						+ "is in, or narrow the filter");
			}
			for (ValueSet.ConceptSetComponent include : valueSet.getCompose().getInclude()) {
				if (!include.hasSystem() || (include.getConcept().isEmpty() && include.getFilter().isEmpty())) {
					throw new IllegalStateException("Value set " + where
							+ " must list concepts or filters with their system; nested value sets are not expanded");
				}
				if (!include.getConcept().isEmpty() && !include.getFilter().isEmpty()) {
					throw new IllegalStateException("Value set " + where + ": an include of " + include.getSystem()
							+ " has both concepts and a filter (FHIR vsd-3); put them in includes of their own");
				}
				if (include.getFilter().size() > 1) {
					throw new IllegalStateException("Value set " + where + ": an include of " + include.getSystem()
							+ " has " + include.getFilter().size() + " filters, which FHIR combines with AND; give each "
							+ "family (" + include.getFilter().get(0).getValue() + ", …) an include of its own");
				}
				systems.add(include.getSystem());
				for (ValueSet.ConceptReferenceComponent concept : include.getConcept()) {
					displays.put(CodePrefix.key(include.getSystem(), concept.getCode()),
							concept.hasDisplay() ? concept.getDisplay() : concept.getCode());
					CodedConcept coding = new CodedConcept(include.getSystem(), concept.getCode(),
							concept.hasDisplay() ? concept.getDisplay() : null);
					if (concept.hasDisplay()) {
						names.add(concept.getDisplay());
						namedConcepts.computeIfAbsent(concept.getDisplay(), n -> new ArrayList<>()).add(coding);
					}
					concept.getDesignation().forEach(d -> {
						names.add(d.getValue());
						namedConcepts.computeIfAbsent(d.getValue(), n -> new ArrayList<>()).add(coding);
					});
				}
				for (ValueSet.ConceptSetFilterComponent filter : include.getFilter()) {
					String system = include.getSystem();
					if (CodeFilter.isPattern(filter)) {
						patterns.add(CodeFilter.pattern(system, filter, where));
					}
					else if (CodeFilter.isHierarchy(system, filter)) {
						hierarchies.add(CodeFilter.hierarchy(system, filter));
					}
					else {
						prefixes.add(CodePrefix.of(system, filter.getProperty(), CodeFilter.op(filter), filter.getValue(),
								where));
					}
				}
			}
			Expansion shipped = valueSet.hasExpansion() ? Expansion.of(valueSet.getExpansion(), where, true) : null;
			if (shipped != null) {
				systems.addAll(shipped.codesBySystem().keySet());
				Expansion.names(valueSet.getExpansion().getContains(), names);
			}
			ConceptNames byName = new ConceptNames(matchesText(valueSet, MATCH_TEXT, where) ? names : List.of(),
					matchesText(valueSet, MATCH_TEXT_CONTEXT, where));
			return new CodeSet(valueSet.hasName() ? valueSet.getName() : where,
					valueSet.hasUrl() ? valueSet.getUrl() : where,
					valueSet.hasVersion() ? valueSet.getVersion() : "unversioned",
					valueSet.hasDescription() ? valueSet.getDescription() : "", displays, prefixes, patterns,
					hierarchies, shipped, Fingerprint.of(bytes), systems, byName, namedConcepts);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read value set " + file.getDescription(), ex);
		}
	}

	/**
	 * Whether the set's names may stand for its codes ({@value #MATCH_TEXT}, {@code valueBoolean}, default true): a
	 * set whose displays are everyday words that text would use for something else says false.
	 */
	private static boolean matchesText(ValueSet valueSet, String url, String where) {
		var extension = valueSet.getExtensionByUrl(url);
		if (extension == null) {
			return true;
		}
		if (!(extension.getValue() instanceof org.hl7.fhir.r4.model.BooleanType flag) || !flag.hasValue()) {
			throw new IllegalStateException("Value set " + where + ": extension " + url
					+ " must carry valueBoolean");
		}
		return flag.booleanValue();
	}

	String name() {
		return name;
	}

	String url() {
		return url;
	}

	int size() {
		return displays.size() + prefixes.size() + patterns.size() + hierarchies.size();
	}

	/** Whether some filter needs a terminology server (or a shipped expansion) to be read. */
	boolean hasHierarchies() {
		return !hierarchies.isEmpty();
	}

	/**
	 * The hierarchical filters alone, as a ValueSet to send to {@code $expand}: the rest of the set (CPT patterns,
	 * ICD prefixes, listed codes) is read here, and a server need not know CPT to expand SNOMED CT.
	 */
	ValueSet hierarchiesToExpand() {
		ValueSet request = new ValueSet();
		request.setUrl(url + "/hierarchies");
		request.setVersion(version);
		request.setStatus(Enumerations.PublicationStatus.ACTIVE);
		for (CodeFilter.Hierarchy hierarchy : hierarchies) {
			request.getCompose().addInclude().setSystem(hierarchy.system()).addFilter(hierarchy.filter().copy());
		}
		return request;
	}

	@Nullable Expansion expansion() {
		return expansion;
	}

	/** Replaces the expansion of the hierarchical filters, e.g. with a terminology server's newer one. */
	void expandWith(Expansion newer) {
		this.expansion = newer;
		this.matched = new java.util.concurrent.ConcurrentHashMap<>();
	}

	/** Name, version and content fingerprint: changes whenever the file does; and the expansion in force. */
	String describe() {
		Expansion current = expansion;
		return name + " " + version + " (" + size() + " entries, sha256 " + fingerprint + ")"
				+ (hierarchies.isEmpty() ? ""
						: current == null ? "; is-a filters not expanded: roots only" : "; " + current.describe());
	}

	/** Where the set's families come from: the description's sources, in the rule catalog. */
	String sources() {
		return description;
	}

	boolean contains(CodedConcept given) {
		CodedConcept code = NationalIcd10.canonical(given);
		String system = code.system();
		if (NationalIcd10.isOne(system) && !systems.contains(system)) {
			// WHO ICD-10 and its national modifications share ICD-10-CM's categories: K58.1 in ICD-10-GM is
			// irritable bowel syndrome as K58 is in ICD-10-CM
			return contains(new CodedConcept(CodePrefix.ICD10_CM, code.code(), code.display()));
		}
		if (NationalIcd10.isProcedures(system) && !systems.contains(system)) {
			return contains(new CodedConcept(CodePrefix.ICD10_PCS, code.code(), code.display()));
		}
		Set<String> codes = codesBySystem.get(system);
		String[] under = prefixesBySystem.get(system);
		CodeFilter.CodePattern[] matching = patternsBySystem.get(system);
		Set<String> roots = rootsBySystem.get(system);
		Expansion expanded = expansion;
		if (codes == null && under == null && matching == null && roots == null && expanded == null) {
			return false;
		}
		String value = CodePrefix.PREFIX_SYSTEMS.contains(system) ? CodePrefix.normalise(code.code()) : code.code();
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
		if (matching != null) {
			String trimmed = code.code().trim();
			for (CodeFilter.CodePattern pattern : matching) {
				if (pattern.matches(trimmed)) {
					return true;
				}
			}
		}
		if (roots != null && roots.contains(value)) {
			return true;
		}
		return expanded != null && expanded.contains(system, value);
	}

	/**
	 * The family a code belongs to in this set, for telling which records are of one kind: the CPT range or ICD
	 * prefix that holds it (90935 and 90937 are both of {@code 90935-90999}), else the code itself; empty when the
	 * code is not in the set.
	 */
	Optional<String> family(CodedConcept code) {
		String system = code.system();
		String value = CodePrefix.PREFIX_SYSTEMS.contains(system) ? CodePrefix.normalise(code.code()) : code.code();
		String[] under = prefixesBySystem.get(system);
		if (under != null) {
			for (String prefix : under) {
				if (value.startsWith(prefix)) {
					return Optional.of(system + "|is-a " + prefix);
				}
			}
		}
		CodeFilter.CodePattern[] matching = patternsBySystem.get(system);
		if (matching != null) {
			for (CodeFilter.CodePattern pattern : matching) {
				if (pattern.matches(code.code().trim())) {
					return Optional.of(system + "|regex " + pattern.pattern().pattern());
				}
			}
		}
		return contains(code) ? Optional.of(system + "|" + value) : Optional.empty();
	}

	/**
	 * Whether a coding is in the set or, for a concept with no coding in a system the set lists (text alone, or local
	 * codes), whether one of the set's names is in its text or displays ({@link ConceptNames}). A concept coded in a
	 * system the set knows, with a code outside it, is not in the set whatever its text says: the EHR said what it is.
	 */
	boolean matches(Concept concept) {
		// read before the expansion: an answer under an older expansion never lands in the newer one's map
		Map<Concept, Boolean> known = matched;
		Boolean answer = known.get(concept);
		if (answer == null) {
			answer = matchesNow(concept);
			if (known.size() < REMEMBERED) {
				known.put(concept, answer);
			}
		}
		return answer;
	}

	private boolean matchesNow(Concept concept) {
		List<CodedConcept> codings = concept.codings();
		for (int i = 0; i < codings.size(); i++) {
			if (contains(codings.get(i))) {
				return true;
			}
		}
		return nameFound(concept).isPresent();
	}

	/**
	 * Whether a coding is in the set or one of the set's names is in the concept's text or displays whatever system
	 * codes it: for sets of medicines named by ingredient, since an EHR sends a clinical drug's code ("anastrozole 1 MG
	 * Oral Tablet") as often as the ingredient's, and the code of one is not the code of the other.
	 */
	boolean matchesCodeOrName(Concept concept) {
		List<CodedConcept> codings = concept.codings();
		for (int i = 0; i < codings.size(); i++) {
			if (contains(codings.get(i))) {
				return true;
			}
		}
		return !names.isEmpty() && names.find(concept.words()).isPresent();
	}

	/** The set's name that a concept with no coding the set can judge carries in its words, if any. */
	Optional<String> nameFound(Concept concept) {
		if (names.isEmpty()) {
			return Optional.empty();
		}
		List<CodedConcept> codings = concept.codings();
		List<String> unjudged = null;
		for (int i = 0; i < codings.size(); i++) {
			CodedConcept coding = codings.get(i);
			if (judges(coding.system())) {
				return Optional.empty();
			}
			if (systems.contains(coding.system()) && coding.display() != null) {
				if (unjudged == null) {
					unjudged = new ArrayList<>(2);
				}
				unjudged.add(coding.display());
			}
		}
		return names.find(unjudged != null ? unjudged : concept.words());
	}

	/**
	 * Whether a code of the system says by itself whether a concept is in the set: yes for a system whose members
	 * the set lists, no for one it holds only as is-a roots that no terminology server has expanded (the shipped
	 * expansion lists the roots alone), since a descendant the set has not seen is in the set by its meaning. Then
	 * the coding's own display stands in for it until a server says ("Neuromyelitis optica", SNOMED CT 25044007, is
	 * the set's neuromyelitis optica), not the free text, which the code may contradict ("Angioedema" with the text
	 * "Hereditary angioedema").
	 */
	private boolean judges(String system) {
		if (!systems.contains(system)) {
			return false;
		}
		Expansion current = expansion;
		return !rootsBySystem.containsKey(system) || (current != null && !current.shipped());
	}

	/**
	 * The names (displays and designations) the file gives its listed concepts, each with the concepts it names, as
	 * written; read also when the set does not match text by them ({@value #MATCH_TEXT} false), for readers that
	 * compare names more strictly.
	 */
	Map<String, List<CodedConcept>> namedConcepts() {
		return namedConcepts;
	}

	/** Whether the concept has a coding in a system the set lists: then its code alone says whether it is in. */
	boolean judgesByCode(Concept concept) {
		List<CodedConcept> codings = concept.codings();
		for (int i = 0; i < codings.size(); i++) {
			if (systems.contains(codings.get(i).system())) {
				return true;
			}
		}
		return false;
	}

	/** Whether text-only concepts can match, and by how many names. */
	int names() {
		return names.size();
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
