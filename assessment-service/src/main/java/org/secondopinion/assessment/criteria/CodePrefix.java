package org.secondopinion.assessment.criteria;

import java.util.Set;

import org.secondopinion.assessment.picture.CodedConcept;

/**
 * A code and everything under it, for code systems whose hierarchy is spelled in the code itself: ICD-10, ICD-10-CM
 * and ICD-10-PCS (whose seven characters go from section to qualifier: {@code 0VB0} is every excision of the
 * prostate), and Germany's OPS (BfArM's procedure classification: {@code 5-820} is every hip endoprosthesis,
 * {@code 5-820.00} one of them), the Nordic NCSP, Japan's K-codes and ICD-9-CM's procedures. Dots are ignored, so {@code K58} matches {@code K58.0} and {@code K580}.
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

	/**
	 * ICD-9-CM's procedure codes (volume 3: two digits, a dot, one or two more, 84.15 under 84.1), which Italy, Spain's
	 * and Latin America's CIE-9-MC and Poland's ICD-9-PL still use, read under this project's own URI: the HL7 URI of
	 * ICD-9-CM holds its diagnoses too (841.5 is not 84.15).
	 */
	static final String ICD9_PROCEDURES = "https://secondopinion.org/fhir/CodeSystem/icd-9-cm-procedures";

	static final Set<String> PREFIX_SYSTEMS = Set.of(ICD10_CM, "http://hl7.org/fhir/sid/icd-10", ICD10_PCS, OPS, NCSP, JP_KCODE,
			ICD9_PROCEDURES);

	private static final Set<String> HIERARCHY_OPS = Set.of("is-a", "descendent-of");

	static CodePrefix of(String system, String property, String op, String value, String file) {
		if (!PREFIX_SYSTEMS.contains(system) || !"concept".equals(property) || !HIERARCHY_OPS.contains(op)) {
			throw new IllegalStateException("Value set " + file + ": only 'concept is-a CODE' filters on ICD-10, "
					+ "ICD-10-CM, ICD-10-PCS, OPS, NCSP, Japanese K-codes or ICD-9-CM procedures are read as prefixes (their hierarchy is in the code); got " + property
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
