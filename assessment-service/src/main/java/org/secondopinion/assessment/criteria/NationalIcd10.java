package org.secondopinion.assessment.criteria;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.secondopinion.assessment.picture.CodedConcept;

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

	private static final String WHO = "http://hl7.org/fhir/sid/icd-10";

	private static final Pattern MODIFICATION = Pattern.compile(
			"(icd-?10-?(gm|ca|am|se|no|dk|be|nl|uk|in|th)|icd-?10|(cim|cie|cid)-?10(-?es)?(-?diagn[a-z]*)?)(?![-a-z0-9])"
					// any other national edition by its country's code, as a ministry or hospital names it
					// (icd-10-vn, icd10-ro, icd-10-lt-2022), but ICD-10-CM and ICD-10-PCS
					+ "|icd-?10-?(?!(cm|pcs)(?![a-z]))[a-z]{2,3}(-?(19|20)[0-9]{2})?(?![-a-z0-9])"
					// WHO's ICD-10 by its edition's year (Japan's ICD10-2013), Korea's KCD-7 and KCD-8, China's national
					// clinical edition (its codes extend WHO's: C61.x00, I10.x00x002)
					+ "|icd-?10-(19|20)[0-9]{2}(?![0-9])|(?<![a-z])kcd-?[0-9](?![0-9])|icd-?10-?(clinical|cn|gb)(?![a-z])"
					// Austria's edition, by the ministry that publishes it (BMSGPK) and its year: icd-10-bmsgpk-2025
					+ "|icd-?10-?bmsgpk(?![a-z])"
					// WHO's ICD-10, ICD-10-SE, Norway's ICD-10 (the Volven code list 7110) and Finland's (THL's code
					// service, 1999) by their OIDs
					+ "|^urn:oid:2\\.16\\.840\\.1\\.113883\\.6\\.3$|^urn:oid:1\\.2\\.752\\.116\\.1\\.1\\.1\\.1\\.3$"
					+ "|^urn:oid:2\\.16\\.578\\.1\\.12\\.4\\.1\\.1\\.7110$|^urn:oid:1\\.2\\.246\\.537\\.6\\.1\\.1999$");

	/** ICD-10-PCS under another URI than CMS's: a hospital's own, or Spain's CIE-10-ES Procedimientos (its translation). */
	private static final Pattern PROCEDURES = Pattern.compile("icd-?10-?pcs|(cie|cim)-?10(-?es)?-?(procedim|pcs)");

	/** Denmark's SKS classification, by its OID or a URI naming it: "D" + ICD-10 diagnoses, "K" + NCSP operations. */
	private static final Pattern SKS = Pattern.compile("^urn:oid:1\\.2\\.208\\.176\\.2\\.4$|(?<![a-z])sks(?![a-z])");

	/** Japan's medical fee schedule operation codes, by the URI JP Core gives them or a hospital's naming them. */
	private static final Pattern JP_KCODES = Pattern.compile("(?<![a-z])k-?code|medical-fee-procedure");

	/**
	 * NCSP under a national name: Sweden's KVÅ, Norway's NCMP, NCSP itself, or Finland's NCSP-F by the OID of THL's
	 * procedure classification.
	 */
	private static final Pattern NORDIC_PROCEDURES = Pattern.compile(
			"ncsp|ncmp|(?<![a-z])kv(a|å|aa)(?![a-z])|^urn:oid:1\\.2\\.246\\.537\\.6\\.2\\.2007$");

	/**
	 * ICD-9-CM, or a national edition of it (CIE-9-MC, ICD-9-PL, Switzerland's CHOP), by a URI naming it or the OIDs of
	 * ICD-9-CM, of its procedures and of CHOP.
	 */
	private static final Pattern ICD9 = Pattern.compile("(?<![a-z])(icd|cie|cim)-?9(?![0-9])|(?<![a-z])chop(?![a-z])"
			+ "|^urn:oid:2\\.16\\.840\\.1\\.113883\\.6\\.(2|103|104)$|^urn:oid:2\\.16\\.756\\.5\\.30\\.1\\.126\\.3\\.1$");

	/**
	 * Those of them that hold procedures only: ICD-9-CM's volume 3 by its OID or name, Poland's ICD-9-PL, and
	 * Switzerland's CHOP (ICD-9-CM's volume 3 extended by two more digits: Z81.51.11 under 81.51).
	 */
	private static final Pattern ICD9_PROCEDURES_ONLY = Pattern.compile(
			"^urn:oid:2\\.16\\.840\\.1\\.113883\\.6\\.104$|icd-?9-?pl|proc|vol(ume)?-?3|chop|^urn:oid:2\\.16\\.756\\.");

	/**
	 * An ICD-9-CM procedure code as written: two digits, then a dot and up to four more (ICD-9-PL adds one, China's
	 * clinical edition two: 36.1300, with an "x" where it extends a code), CHOP's with another dot and two more, and its
	 * "Z" before them.
	 */
	private static final Pattern ICD9_PROCEDURE = Pattern.compile("Z?[0-9]{2}(\\.[0-9xX]{1,4}){0,2}");

	/** The same without its dot, as a procedures-only system may send it (8415). */
	private static final Pattern ICD9_PROCEDURE_UNDOTTED = Pattern.compile("Z?[0-9]{2,6}");

	/**
	 * What each code system seen is, as far as the Nordic, Japanese and ICD-9-CM codes go (at most a thousand systems
	 * remembered).
	 */
	private static final Map<String, Family> FAMILIES = new ConcurrentHashMap<>();

	private static final Pattern SKS_DIAGNOSIS = Pattern.compile("D[A-Z][0-9]{2}[0-9A-Z]*");

	private static final Pattern SKS_OPERATION = Pattern.compile("K[A-Z]{3}[0-9]{2}[0-9A-Z]*");

	private NationalIcd10() {
	}

	/**
	 * The code as the value sets know it: an SKS diagnosis (DM797) as WHO's ICD-10 code (M79.7, read as ICD-10 then),
	 * an SKS operation (KNFB20) or a KVÅ or NCMP code as its NCSP code (NFB20), an ICD-9-CM procedure code under any
	 * ICD-9 URI (84.15, not the diagnosis 841.5) under {@link CodePrefix#ICD9_PROCEDURES}, an ICD-9-CM diagnosis as
	 * the ICD-10-CM code {@link Icd9Diagnoses} reads it as (296.32 as F33.1); any other code as it is.
	 */
	static CodedConcept canonical(CodedConcept coding) {
		// asked for every coding a value set is asked about: the few systems a deployment sees are read once
		Family kind = FAMILIES.get(coding.system());
		if (kind == null) {
			kind = family(coding.system());
			if (FAMILIES.size() < 1_000) {
				FAMILIES.put(coding.system(), kind);
			}
		}
		if (kind == Family.NONE) {
			return coding;
		}
		if (kind == Family.ICD9 || kind == Family.ICD9_PROCEDURES) {
			String written = coding.code().trim();
			boolean procedure = ICD9_PROCEDURE.matcher(written).matches()
					|| (kind == Family.ICD9_PROCEDURES && ICD9_PROCEDURE_UNDOTTED.matcher(written).matches());
			if (procedure) {
				return new CodedConcept(CodePrefix.ICD9_PROCEDURES,
						CodePrefix.normalise(written.startsWith("Z") ? written.substring(1) : written), coding.display());
			}
			// a diagnosis (three digits, or V and E codes): read as the ICD-10-CM code it maps to, if listed
			return kind == Family.ICD9 ? Icd9Diagnoses.icd10Cm(written)
				.map(icd10 -> new CodedConcept(CodePrefix.ICD10_CM, icd10, coding.display()))
				.orElse(coding) : coding;
		}
		String code = CodePrefix.normalise(coding.code());
		if (kind == Family.NCSP) {
			return new CodedConcept(CodePrefix.NCSP, code, coding.display());
		}
		if (kind == Family.JP_KCODE) {
			return new CodedConcept(CodePrefix.JP_KCODE, code, coding.display());
		}
		if (SKS_DIAGNOSIS.matcher(code).matches()) {
			return new CodedConcept(WHO, code.substring(1), coding.display());
		}
		if (SKS_OPERATION.matcher(code).matches()) {
			return new CodedConcept(CodePrefix.NCSP, code.substring(1), coding.display());
		}
		return coding;
	}

	private enum Family {

		NONE, SKS, NCSP, JP_KCODE, ICD9, ICD9_PROCEDURES

	}

	private static Family family(String system) {
		String lower = system.toLowerCase(Locale.ROOT);
		if (lower.equals(CodePrefix.NCSP) || lower.equals(CodePrefix.JP_KCODE)
				|| lower.equals(CodePrefix.ICD9_PROCEDURES)) {
			return Family.NONE;
		}
		if (ICD9.matcher(lower).find()) {
			return ICD9_PROCEDURES_ONLY.matcher(lower).find() ? Family.ICD9_PROCEDURES : Family.ICD9;
		}
		if (JP_KCODES.matcher(lower).find()) {
			return Family.JP_KCODE;
		}
		if (SKS.matcher(lower).find()) {
			return Family.SKS;
		}
		return NORDIC_PROCEDURES.matcher(lower).find() ? Family.NCSP : Family.NONE;
	}

	/** Whether the system is ICD-10-PCS under a URI of its own ({@link CodePrefix#ICD10_PCS} is CMS's). */
	static boolean isProcedures(String system) {
		String lower = system.toLowerCase(Locale.ROOT);
		return !lower.contains("cms.gov") && PROCEDURES.matcher(lower).find();
	}

	static boolean isOne(String system) {
		String lower = system.toLowerCase(Locale.ROOT);
		// CMS publishes ICD-10-CM and ICD-10-PCS ("http://www.cms.gov/Medicare/Coding/ICD10" is the procedures')
		return "http://hl7.org/fhir/sid/icd-10".equals(lower)
				|| (!lower.contains("cms.gov") && MODIFICATION.matcher(lower).find());
	}

}
