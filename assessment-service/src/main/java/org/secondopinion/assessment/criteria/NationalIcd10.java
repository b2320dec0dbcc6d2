package org.secondopinion.assessment.criteria;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * WHO's ICD-10 and the national modifications hospitals outside the US export (ICD-10-GM in Germany, ICD-10-CA in
 * Canada, ICD-10-AM in Australia, ICD-10-SE in Sweden and the other Nordic and European editions, CIM-10 in France,
 * CIE-10 in Spanish-speaking countries, CID-10 in Brazil), under the system URIs they are sent with, including a
 * hospital's own URI for one ("https://ehr.example.ca/fhir/CodeSystem/icd-10-ca",
 * "http://data.esante.gouv.fr/atih/cim10", "http://www.saude.gov.br/fhir/r4/CodeSystem/BRCID10") and the OIDs of
 * WHO's edition and ICD-10-SE. A URI that names ICD-10-CM or ICD-10-PCS is not one of them. Their categories and most subcategories are those of WHO's
 * ICD-10, as are ICD-10-CM's, so a value set's ICD-10-CM families stand for them where the set lists nothing of their
 * own.
 */
final class NationalIcd10 {

	private static final Pattern MODIFICATION = Pattern.compile(
			"(icd-?10-?(gm|ca|am|se|no|dk|be|nl|uk|in|th)|icd-?10|cim-?10|cie-?10|cid-?10)(?![-a-z0-9])"
					// WHO's ICD-10 and ICD-10-SE by their OIDs
					+ "|^urn:oid:2\\.16\\.840\\.1\\.113883\\.6\\.3$|^urn:oid:1\\.2\\.752\\.116\\.1\\.1\\.1\\.1\\.3$");

	private NationalIcd10() {
	}

	static boolean isOne(String system) {
		String lower = system.toLowerCase(Locale.ROOT);
		// CMS publishes ICD-10-CM and ICD-10-PCS ("http://www.cms.gov/Medicare/Coding/ICD10" is the procedures')
		return "http://hl7.org/fhir/sid/icd-10".equals(lower)
				|| (!lower.contains("cms.gov") && MODIFICATION.matcher(lower).find());
	}

}
