package org.secondopinion.assessment.criteria;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * WHO's ICD-10 and the national modifications hospitals outside the US export (ICD-10-GM in Germany, ICD-10-CA in
 * Canada, ICD-10-AM in Australia, CIM-10 in France, CIE-10 in Spanish- and Portuguese-speaking countries), under the
 * system URIs they are sent with, including a hospital's own URI for one
 * ("https://ehr.example.ca/fhir/CodeSystem/icd-10-ca", "http://data.esante.gouv.fr/atih/cim10"). Their categories and most subcategories are those of WHO's
 * ICD-10, as are ICD-10-CM's, so a value set's ICD-10-CM families stand for them where the set lists nothing of their
 * own.
 */
final class NationalIcd10 {

	private static final Pattern MODIFICATION = Pattern.compile("(icd-?10-?(gm|ca|am)|cim-?10|cie-?10)(?![a-z])");

	private NationalIcd10() {
	}

	static boolean isOne(String system) {
		String lower = system.toLowerCase(Locale.ROOT);
		return "http://hl7.org/fhir/sid/icd-10".equals(lower) || MODIFICATION.matcher(lower).find();
	}

}
