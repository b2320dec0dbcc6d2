package org.secondopinion.assessment.criteria;

import java.util.Set;

import org.secondopinion.assessment.picture.CodedConcept;

/**
 * A code and everything under it, for code systems whose hierarchy is spelled in the code itself: ICD-10, ICD-10-CM
 * and ICD-10-PCS (whose seven characters go from section to qualifier: {@code 0VB0} is every excision of the
 * prostate), and Germany's OPS (BfArM's procedure classification: {@code 5-820} is every hip endoprosthesis,
 * {@code 5-820.00} one of them). Dots are ignored, so {@code K58} matches {@code K58.0} and {@code K580}.
 */
record CodePrefix(String system, String prefix) {

	static final String ICD10_CM = "http://hl7.org/fhir/sid/icd-10-cm";

	static final String ICD10_PCS = "http://www.cms.gov/Medicare/Coding/ICD10";

	static final String OPS = "http://fhir.de/CodeSystem/bfarm/ops";

	/**
	 * The NOMESCO Classification of Surgical Procedures, which the Nordic countries' procedure codes follow (Denmark's
	 * SKS "K" codes, Sweden's KVÅ, Norway's NCMP): this project's own URI for it, as no canonical one is published.
	 */
	static final String NCSP = "https://secondopinion.org/fhir/CodeSystem/ncsp";

	/**
	 * Japan's medical fee schedule operation codes (K-codes, K552-2: the operation K552 and its variant 2), read under
	 * this project's own URI whatever URI a hospital sends them with.
	 */
	static final String JP_KCODE = "https://secondopinion.org/fhir/CodeSystem/jp-kcode";

	static final Set<String> PREFIX_SYSTEMS = Set.of(ICD10_CM, "http://hl7.org/fhir/sid/icd-10", ICD10_PCS, OPS, NCSP, JP_KCODE);

	private static final Set<String> HIERARCHY_OPS = Set.of("is-a", "descendent-of");

	static CodePrefix of(String system, String property, String op, String value, String file) {
		if (!PREFIX_SYSTEMS.contains(system) || !"concept".equals(property) || !HIERARCHY_OPS.contains(op)) {
			throw new IllegalStateException("Value set " + file + ": only 'concept is-a CODE' filters on ICD-10, "
					+ "ICD-10-CM, ICD-10-PCS, OPS, NCSP or Japanese K-codes are read as prefixes (their hierarchy is in the code); got " + property
					+ " " + op + " " + value + " on " + system);
		}
		return new CodePrefix(system, normalise(value));
	}

	boolean matches(CodedConcept code) {
		return system.equals(code.system()) && normalise(code.code()).startsWith(prefix);
	}

	static String key(String system, String code) {
		return system + "|" + (PREFIX_SYSTEMS.contains(system) ? normalise(code) : code);
	}

	static String normalise(String code) {
		return code.replace(".", "").trim().toUpperCase(java.util.Locale.ROOT);
	}

}
