package org.secondopinion.assessment.criteria;

import java.nio.charset.StandardCharsets;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.secondopinion.assessment.picture.CodedConcept;
import org.secondopinion.assessment.picture.Concept;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodeSetTests {

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	private static final String CPT = "http://www.ama-assn.org/go/cpt";

	private static final String SCT = "http://snomed.info/sct";

	private static final String ICD = "http://hl7.org/fhir/sid/icd-10-cm";

	private static final String PCS = "http://www.cms.gov/Medicare/Coding/ICD10";

	private static final String HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";

	private final CodeSet major = load("valuesets/major-procedures.json");

	private final CodeSet highImpact = load("valuesets/high-impact-treatments.json");

	@ParameterizedTest(name = "{1} {2}")
	@CsvSource({ "http://www.ama-assn.org/go/cpt, 22612, posterior lumbar arthrodesis (not listed singly)",
			"http://www.ama-assn.org/go/cpt, 27130, total hip arthroplasty",
			"http://www.ama-assn.org/go/cpt, 33533, arterial coronary bypass",
			"http://www.ama-assn.org/go/cpt, 58571, total laparoscopic hysterectomy",
			"http://www.ama-assn.org/go/cpt, 55866, laparoscopic radical prostatectomy",
			"http://www.ama-assn.org/go/cpt, 32663, thoracoscopic lobectomy",
			"http://www.ama-assn.org/go/cpt, 61510, craniotomy for tumour",
			"http://www.cms.gov/Medicare/Coding/ICD10, 0SG00A0, lumbar fusion in ICD-10-PCS",
			"http://snomed.info/sct, 26294005, radical prostatectomy through the shipped expansion" })
	void majorProceduresCoverWholeFamilies(String system, String code, String what) {
		assertThat(major.contains(new CodedConcept(system, code, what))).as(what).isTrue();
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource({ "http://www.ama-assn.org/go/cpt, 22531", "http://www.ama-assn.org/go/cpt, 22635",
			"http://www.ama-assn.org/go/cpt, 99213", "http://www.ama-assn.org/go/cpt, 2261",
			"http://www.ama-assn.org/go/cpt, 226120", "http://snomed.info/sct, 91251008" })
	void majorProceduresStopAtTheEdgesOfEachFamily(String system, String code) {
		assertThat(major.contains(new CodedConcept(system, code, null))).isFalse();
	}

	@Test
	void highImpactTreatmentsCoverChemotherapyRadiationDialysisAndTransplantFamilies() {
		assertThat(highImpact.contains(new CodedConcept(CPT, "96415", "Chemotherapy infusion, each additional hour"))).isTrue();
		assertThat(highImpact.contains(new CodedConcept(CPT, "77402", "Radiation treatment delivery"))).isTrue();
		assertThat(highImpact.contains(new CodedConcept(CPT, "90960", "ESRD monthly services"))).isTrue();
		assertThat(highImpact.contains(new CodedConcept(HCPCS, "J9045", "Carboplatin, 50 mg"))).isTrue();
		assertThat(highImpact.contains(new CodedConcept(PCS, "3E03305", "Introduction of antineoplastic into peripheral vein"))).isTrue();
		assertThat(highImpact.contains(new CodedConcept(PCS, "0TY00Z0", "Transplantation of right kidney, allogeneic"))).isTrue();
		assertThat(highImpact.contains(new CodedConcept(SCT, "302497006", "Hemodialysis"))).isTrue();
		assertThat(highImpact.contains(new CodedConcept(CPT, "96372", "Therapeutic injection"))).isFalse();
		assertThat(highImpact.contains(new CodedConcept(PCS, "3E0336Z", "Introduction of nutritional substance"))).isFalse();
	}

	@Test
	void matchesTheDescendantsOfASnomedHierarchyOnlyThroughItsExpansion() {
		CodeSet followUp = load("valuesets/follow-up-prostate.json");
		assertThat(followUp.contains(new CodedConcept(SCT, "65575008", "Biopsy of prostate"))).isTrue();
		assertThat(followUp.contains(new CodedConcept(SCT, "40013009", "Core needle biopsy of prostate"))).isTrue();
		assertThat(followUp.contains(new CodedConcept(SCT, "76164006", "Biopsy of colon"))).isFalse();
		assertThat(followUp.describe()).contains("shipped expansion of 3 codes dated 2026-12-06")
			.contains("hand-assembled from the SNOMED CT International Edition").doesNotContain("server expansion of");
	}

	@Test
	void matchesOnlyTheRootOfAHierarchyThatHasNoExpansionYet() {
		CodeSet set = load("fixtures/value-sets/snomed-hierarchy-without-expansion.json");
		assertThat(set.contains(new CodedConcept(SCT, "65575008", null))).isTrue();
		assertThat(set.contains(new CodedConcept(SCT, "40013009", null))).isFalse();
		assertThat(set.describe()).contains("is-a filters not expanded: roots only");

		set.expandWith(Expansion.of(new org.hl7.fhir.r4.model.ValueSet().getExpansion()
			.addContains(new org.hl7.fhir.r4.model.ValueSet.ValueSetExpansionContainsComponent().setSystem(SCT).setCode("40013009")),
				"https://tx.example.org/fhir", false));
		assertThat(set.contains(new CodedConcept(SCT, "40013009", null))).isTrue();
		assertThat(set.describe()).contains("server expansion of 1 codes").contains("https://tx.example.org/fhir");
	}

	@Test
	void answersAConceptItAskedBeforeFromTheExpansionThatReplacedTheOld() {
		CodeSet set = load("fixtures/value-sets/snomed-hierarchy-without-expansion.json");
		Concept coreBiopsy = Concept.of(new CodedConcept(SCT, "40013009", "Core needle biopsy of prostate"));
		assertThat(set.matches(coreBiopsy)).isFalse();
		assertThat(set.matches(coreBiopsy)).isFalse();

		set.expandWith(Expansion.of(new org.hl7.fhir.r4.model.ValueSet().getExpansion()
			.addContains(new org.hl7.fhir.r4.model.ValueSet.ValueSetExpansionContainsComponent().setSystem(SCT).setCode("40013009")),
				"https://tx.example.org/fhir", false));

		assertThat(set.matches(coreBiopsy)).isTrue();
		assertThat(set.matches(Concept.of(new CodedConcept(SCT, "40013009", "Core needle biopsy of prostate")))).isTrue();
	}

	@Test
	void sendsOnlyTheHierarchicalFiltersToBeExpanded() {
		var request = load("fixtures/value-sets/snomed-hierarchy-without-expansion.json").hierarchiesToExpand();
		assertThat(request.getCompose().getInclude()).singleElement().satisfies(include -> {
			assertThat(include.getSystem()).isEqualTo(SCT);
			assertThat(include.getFilterFirstRep().getValue()).isEqualTo("65575008");
		});
	}

	@Test
	void refusesARegexWhoseDocumentedRangeItDoesNotMatch() {
		assertThatThrownBy(() -> load("fixtures/value-sets/range-documented-wrongly.json"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("documented as 22532-22634 does not match 22630");
	}

	@Test
	void refusesTwoFiltersInOneIncludeSinceFhirWouldAndThem() {
		assertThatThrownBy(() -> load("fixtures/value-sets/two-filters-in-one-include.json"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("has 2 filters, which FHIR combines with AND");
	}

	@Test
	void everyShippedValueSetLoadsAndChecksItsRanges() throws Exception {
		var files = new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
			.getResources("classpath:valuesets/*.json");
		assertThat(files).hasSizeGreaterThan(10);
		for (var file : files) {
			assertThat(CodeSet.load(FHIR, file).size()).as(file.getFilename()).isPositive();
		}
	}

	@Test
	void matchesAConceptWithTextAloneByOneOfTheSetsNamesOrDesignations() {
		CodeSet set = named(true);

		assertThat(set.matches(new Concept(List.of(), "Hereditary angioedema type 1"))).isTrue();
		assertThat(set.matches(new Concept(List.of(), "HAE type I, C1 esterase inhibitor deficiency"))).isTrue();
		assertThat(set.matches(new Concept(List.of(), "Angioedema of lip"))).isFalse();
		assertThat(set.matches(new Concept(List.of(), "Family history of hereditary angioedema"))).isFalse();
	}

	@Test
	void matchesALocalCodeByItsDisplayButNotACodeOfAKnownSystemOutsideTheSet() {
		CodeSet set = named(true);

		assertThat(set.matches(Concept.of(new CodedConcept("urn:oid:1.2.3.4", "LOC-77", "Hereditary angio-oedema"))))
			.isTrue();
		assertThat(set.matches(new Concept(List.of(new CodedConcept(SCT, "41291007", "Angioedema")),
				"Hereditary angioedema suspected by the family"))).isFalse();
		assertThat(set.matches(new Concept(List.of(new CodedConcept(SCT, "41291007", "Angioedema")),
				"Hereditary angioedema"))).as("coded in SNOMED CT, which the set lists, outside the set").isFalse();
		assertThat(set.matches(Concept.of(new CodedConcept(SCT, "82966003", null)))).isTrue();
	}

	@Test
	void takesTheDisplayOfACodeUnderHierarchiesNoServerExpandedForTheConceptItNames() {
		CodeSet rare = load("valuesets/rare-diseases.json");
		Concept nmo = new Concept(List.of(new CodedConcept(SCT, "25044007", "Neuromyelitis optica")),
				"Neuromyelitis optica spectrum disorder, AQP4-IgG positive");
		assertThat(rare.matches(nmo)).as("SNOMED CT held as is-a roots, the shipped expansion lists the roots alone")
			.isTrue();
		assertThat(rare.matches(new Concept(List.of(new CodedConcept(SCT, "41291007", "Angioedema")),
				"Hereditary angioedema"))).as("the display names no rare disease, whatever the text says").isFalse();
		assertThat(rare.matches(new Concept(List.of(new CodedConcept(ICD, "G37.9", "Neuromyelitis optica")), null)))
			.as("ICD-10-CM, whose members the set lists, is judged by its code").isFalse();

		rare.expandWith(Expansion.of(new org.hl7.fhir.r4.model.ValueSet().getExpansion()
			.addContains(new org.hl7.fhir.r4.model.ValueSet.ValueSetExpansionContainsComponent().setSystem(SCT).setCode("82966003")),
				"https://tx.example.org/fhir", false));
		assertThat(rare.matches(nmo)).as("a server's expansion that leaves the code out").isFalse();
	}

	@Test
	void readsGermanOpsCodesByTheCategoryTheyStandUnder() {
		String ops = "http://fhir.de/CodeSystem/bfarm/ops";
		assertThat(major.contains(new CodedConcept(ops, "5-820.00", "Implantation einer Endoprothese am Hüftgelenk"))).isTrue();
		assertThat(major.contains(new CodedConcept(ops, "5-8360", null))).as("written without its dot").isTrue();
		assertThat(major.contains(new CodedConcept(ops, "5-812.5", "Arthroskopische Operation am Gelenkknorpel"))).isFalse();
	}

	@Test
	void readsWhoIcd10AndItsNationalModificationsByTheIcd10CmFamilies() {
		CodeSet functionalBowel = load("valuesets/labels-functional-bowel.json");
		assertThat(functionalBowel.contains(new CodedConcept("http://fhir.de/CodeSystem/bfarm/icd-10-gm", "K58.1", null)))
			.as("ICD-10-GM").isTrue();
		assertThat(functionalBowel.contains(new CodedConcept("https://ehr.example.ca/fhir/CodeSystem/icd-10-ca", "K58.9", null)))
			.as("ICD-10-CA under a hospital's own URI").isTrue();
		assertThat(functionalBowel.contains(new CodedConcept("http://hl7.org/fhir/sid/icd-10", "K58", null))).as("WHO")
			.isTrue();
		assertThat(functionalBowel.contains(new CodedConcept("http://data.esante.gouv.fr/atih/cim10", "K58.9", null)))
			.as("CIM-10, France").isTrue();
		assertThat(functionalBowel.contains(new CodedConcept("http://fhir.de/CodeSystem/bfarm/icd-10-gm", "K57.3", null)))
			.as("another category").isFalse();
		assertThat(functionalBowel.contains(new CodedConcept("https://terminology.moh.gov.vn/CodeSystem/icd-10-vn", "K58.9",
				null))).as("a national edition by its country's code (Viet Nam)").isTrue();
		assertThat(functionalBowel.contains(new CodedConcept("https://ehr.example.ro/fhir/icd10-ro-2022", "K58.9", null)))
			.as("by its country's code and year").isTrue();
		assertThat(functionalBowel.contains(new CodedConcept("https://fhir.hospital.example.org/CodeSystem/icd-10-pcs", "K58",
				null))).as("not ICD-10-PCS under another URI").isFalse();
		assertThat(functionalBowel.contains(new CodedConcept(PCS, "K58", null))).as("not ICD-10-PCS").isFalse();
		assertThat(functionalBowel.contains(new CodedConcept("http://www.saude.gov.br/fhir/r4/CodeSystem/BRCID10", "K58.0",
				null))).as("CID-10, Brazil").isTrue();
		assertThat(functionalBowel.contains(new CodedConcept("urn:oid:1.2.752.116.1.1.1.1.3", "K58.9", null)))
			.as("ICD-10-SE by its OID").isTrue();
		assertThat(functionalBowel.contains(new CodedConcept("https://fhir.hospital.example.org/CodeSystem/icd10", "K58.9",
				null))).as("WHO's ICD-10 under a hospital's own URI").isTrue();
		assertThat(functionalBowel.contains(new CodedConcept("https://fhir.hospital.example.org/CodeSystem/icd10pcs", "K58",
				null))).as("not a URI that names ICD-10-PCS").isFalse();
		assertThat(functionalBowel.contains(new CodedConcept(
				"https://eciemaps.sanidad.gob.es/fhir/CodeSystem/cie10es-diagnosticos", "K58.9", null)))
			.as("CIE-10-ES diagnoses").isTrue();
	}

	@Test
	void readsDenmarksSksDiagnosesAsIcd10AndItsOperationsWithSwedensKvaAsNcsp() {
		String sks = "urn:oid:1.2.208.176.2.4";
		CodeSet fibromyalgia = load("valuesets/labels-fibromyalgia.json");
		assertThat(fibromyalgia.contains(new CodedConcept(sks, "DM797", "Fibromyalgi"))).as("D + M79.7").isTrue();
		assertThat(fibromyalgia.contains(new CodedConcept(sks, "DM161", "Anden primær koksartrose"))).as("D + M16.1")
			.isFalse();
		assertThat(major.contains(new CodedConcept(sks, "KNFB20", "Primær indsættelse af ucementeret totalprotese i hofteled")))
			.as("K + NCSP NFB20, a hip prosthesis").isTrue();
		assertThat(major.contains(new CodedConcept("https://sundhedsdatastyrelsen.dk/sks", "KJFB30", null)))
			.as("a right hemicolectomy, SKS under a URI naming it").isTrue();
		assertThat(major.contains(new CodedConcept("http://www.socialstyrelsen.se/kva", "NGB49", null)))
			.as("KVÅ: a knee prosthesis").isTrue();
		assertThat(major.contains(new CodedConcept(sks, "KNGF11", null))).as("a knee arthroscopy").isFalse();
		assertThat(major.contains(new CodedConcept(sks, "DM161", null))).as("a diagnosis is no operation").isFalse();
		assertThat(major.contains(new CodedConcept("http://www.socialstyrelsen.se/kva", "QAB00", null)))
			.as("a skin excision").isFalse();
	}

	@Test
	void readsKoreasKcdAndJapansIcd10EditionAsIcd10AndJapansOperationCodesByTheirFamily() {
		CodeSet functionalBowel = load("valuesets/labels-functional-bowel.json");
		assertThat(functionalBowel.contains(new CodedConcept("http://www.hl7korea.or.kr/CodeSystem/kostat-kcd-7", "K58.9",
				null))).as("KCD-7").isTrue();
		assertThat(functionalBowel.contains(new CodedConcept("http://jpfhir.jp/fhir/core/mhlw/CodeSystem/ICD10-2013-full",
				"K58.9", null))).as("WHO ICD-10 2013, Japan").isTrue();
		String kcodes = "http://jpfhir.jp/fhir/core/mhlw/CodeSystem/medical-fee-procedure-kcode";
		assertThat(major.contains(new CodedConcept(kcodes, "K552-2", "冠動脈、大動脈バイパス移植術"))).as("off-pump CABG")
			.isTrue();
		assertThat(major.contains(new CodedConcept(kcodes, "K082", null))).as("joint replacement").isTrue();
		assertThat(major.contains(new CodedConcept(kcodes, "D206", "心臓カテーテル法による諸検査"))).as("cardiac catheterisation")
			.isFalse();
		assertThat(major.matches(Concept.of(new CodedConcept("http://www.hl7korea.or.kr/CodeSystem/hira-edi-procedure",
				"N0469", "척추고정술-후방(요추, 1분절) / PLIF L4-5")))).as("a spinal fusion named by its acronym").isTrue();
	}

	@Test
	void readsIcd9CmProceduresUnderTheUrisOfItsEditionsButNotItsDiagnoses() {
		String icd9 = "http://hl7.org/fhir/sid/icd-9-cm";
		String icd9pl = "http://hl7.org.pl/fhir/CodeSystem/pl-icd9plServiceCode-CS";
		assertThat(major.contains(new CodedConcept(icd9, "84.15", "Other amputation below knee"))).as("below-knee amputation")
			.isTrue();
		assertThat(highImpact.contains(new CodedConcept(icd9, "84.15", null))).as("and a high-impact treatment").isTrue();
		assertThat(major.contains(new CodedConcept(icd9pl, "06.4", "Wycięcie całkowite tarczycy"))).as("ICD-9-PL: thyroidectomy")
			.isTrue();
		assertThat(major.contains(new CodedConcept("urn:oid:2.16.840.1.113883.6.104", "8151", null)))
			.as("a total hip replacement without its dot, under the OID of ICD-9-CM's procedures").isTrue();
		assertThat(major.contains(new CodedConcept("https://hospital.example.es/fhir/CodeSystem/cie-9-mc", "81.54", null)))
			.as("CIE-9-MC: a total knee replacement").isTrue();
		assertThat(major.contains(new CodedConcept("urn:oid:2.16.756.5.30.1.126.3.1", "45.76", "Sigmoidectomia")))
			.as("CHOP, Switzerland: a sigmoid colectomy").isTrue();
		assertThat(major.contains(new CodedConcept("https://fhir.spital.example.ch/CodeSystem/chop", "Z81.51.11", null)))
			.as("CHOP's six digits and its Z: a total hip replacement").isTrue();
		assertThat(highImpact.contains(new CodedConcept(icd9pl, "39.95", "Hemodializa"))).as("haemodialysis").isTrue();
		assertThat(highImpact.contains(new CodedConcept(icd9pl, "39.27", null))).as("a dialysis fistula").isTrue();
		assertThat(major.contains(new CodedConcept(icd9pl, "39.27", null))).as("which is no major operation").isFalse();
		assertThat(highImpact.contains(new CodedConcept(icd9, "84.11", null))).as("a toe amputation").isFalse();
		assertThat(major.contains(new CodedConcept(icd9, "60.29", null))).as("a transurethral prostatectomy").isFalse();
		assertThat(highImpact.contains(new CodedConcept(icd9, "92.28", null))).as("radioisotope, oral radioiodine included")
			.isFalse();
		assertThat(major.contains(new CodedConcept(icd9, "841.5", null))).as("a diagnosis: a sprain of the elbow").isFalse();
		assertThat(major.contains(new CodedConcept(icd9, "8415", null)))
			.as("nor the same undotted, where the URI holds diagnoses too").isFalse();
		assertThat(major.contains(new CodedConcept(icd9pl, "86.22", "Wycięcie rany"))).as("a debridement").isFalse();
		String chinese = "http://www.nhc.gov.cn/fhir/CodeSystem/icd-9-cm-3-clinical-3.0";
		assertThat(major.contains(new CodedConcept(chinese, "36.1300", "三根冠状动脉的（主动脉）冠状动脉旁路移植术")))
			.as("China's clinical edition: a coronary bypass").isTrue();
		assertThat(major.contains(new CodedConcept(chinese, "45.2300", "结肠镜检查"))).as("a colonoscopy").isFalse();
	}

	@Test
	void namesVisitTypesAndLabelsInTheLanguagesOfTheRecordsThatSendThemAsText() {
		CodeSet primaryCare = load("valuesets/primary-care-visits.json");
		assertThat(primaryCare.matches(new Concept(List.of(), "Consulta externa de medicina familiar")))
			.as("Spanish, a family-medicine clinic").isTrue();
		assertThat(primaryCare.matches(new Concept(List.of(), "PACT scheduled visit"))).as("VA primary care").isTrue();
		assertThat(primaryCare.matches(new Concept(List.of(), "Hospitalización Cirugía General"))).as("an admission")
			.isFalse();
		CodeSet backPain = load("valuesets/labels-nonspecific-back-pain.json");
		assertThat(backPain.contains(new CodedConcept("http://www.nhc.gov.cn/fhir/CodeSystem/icd-10-clinical-2.0", "M54.505",
				"腰肌劳损"))).as("China's clinical edition of ICD-10").isTrue();
		CodeSet somatic = load("valuesets/labels-somatic-symptom-disorder.json");
		assertThat(somatic.contains(new CodedConcept("urn:oid:2.16.578.1.12.4.1.1.7110", "F45.1", null)))
			.as("Norway's ICD-10 by its OID").isTrue();
		CodeSet fibromyalgia = load("valuesets/labels-fibromyalgia.json");
		assertThat(fibromyalgia.matches(new Concept(List.of(), "Fibromyalgie"))).as("German").isTrue();
		assertThat(fibromyalgia.matches(new Concept(List.of(), "Fibromialgia"))).as("Spanish, Italian").isTrue();
		assertThat(fibromyalgia.matches(new Concept(List.of(), "Polymyalgia rheumatica"))).isFalse();
		CodeSet osteoarthritis = load("valuesets/labels-osteoarthritis.json");
		assertThat(osteoarthritis.matches(new Concept(List.of(), "Koksartroza"))).as("Polish").isTrue();
	}

	@Test
	void readsFinlandsIcd10AndNcspFByTheirOidsAndOperationsByTheirNamesInOtherLanguages() {
		CodeSet major = load("valuesets/major-procedures.json");
		assertThat(major.contains(new CodedConcept("urn:oid:1.2.246.537.6.2.2007", "NFB40",
				"Lonkan primaarinen kokotekonivel, sementoitu"))).as("NCSP-F: a hip replacement").isTrue();
		assertThat(major.contains(new CodedConcept("urn:oid:1.2.246.537.6.2.2007", "NFA11", null)))
			.as("a hip operation outside the prosthesis groups").isFalse();
		CodeSet fibromyalgia = load("valuesets/labels-fibromyalgia.json");
		assertThat(fibromyalgia.contains(new CodedConcept("urn:oid:1.2.246.537.6.1.1999", "M79.7", null)))
			.as("Finland's ICD-10 by its OID").isTrue();
		assertThat(fibromyalgia.contains(new CodedConcept("https://termgit.elga.gv.at/CodeSystem/icd-10-bmsgpk-2025",
				"M79.7", "Fibromyalgie"))).as("Austria's ICD-10").isTrue();
		assertThat(major.matches(new Concept(List.of(new CodedConcept("https://fhir.infoway-inforoute.ca/CodeSystem/cci",
				"1.NM.87.^^", "Excision partielle, gros intestin")), "Sigmoïdectomie par laparoscopie avec anastomose")))
			.as("Canada's CCI, by the operation's French name").isTrue();
		assertThat(major.matches(new Concept(List.of(), "Oikean lonkan tekonivelleikkaus"))).as("Finnish").isTrue();
		assertThat(major.matches(new Concept(List.of(), "Histerectomía total laparoscópica"))).as("Spanish").isTrue();
		assertThat(major.matches(new Concept(List.of(), "Coloscopie totale"))).as("a colonoscopy").isFalse();
		assertThat(major.contains(new CodedConcept("http://www.ama-assn.org/go/cpt", "32607", null)))
			.as("a surgical lung biopsy by thoracoscopy").isTrue();
		assertThat(major.contains(new CodedConcept("http://www.ama-assn.org/go/cpt", "31628", null)))
			.as("a transbronchial lung biopsy").isFalse();
		CodeSet highImpact = load("valuesets/high-impact-treatments.json");
		assertThat(highImpact.matches(new Concept(List.of(new CodedConcept("http://snomed.info/sct", "46028000",
				"Below knee amputation")), "Right below-knee amputation"))).as("an amputation by its name").isTrue();
		assertThat(highImpact.matches(new Concept(List.of(), "Debridement and amputation of right 2nd and 3rd toes")))
			.as("toes").isFalse();
		CodeSet primaryCare = load("valuesets/primary-care-visits.json");
		assertThat(primaryCare.matches(new Concept(List.of(), "GP surgery appointment"))).as("a UK GP practice").isTrue();
		for (String visit : List.of("Pregled u ordinaciji obiteljske medicine", "Šeimos gydytojo konsultacija",
				"Ambulancia všeobecného lekára", "Háziorvosi rendelés", "Perearsti vastuvõtt", "Puskesmas")) {
			assertThat(primaryCare.matches(new Concept(List.of(), visit))).as(visit).isTrue();
		}
		assertThat(primaryCare.matches(new Concept(List.of(), "Objedinjeni hitni bolnički prijem"))).as("an emergency "
				+ "department").isFalse();
	}

	@Test
	void readsIcd9CmDiagnosesAsTheirIcd10CmEquivalents() {
		String icd9 = "http://hl7.org/fhir/sid/icd-9-cm";
		CodeSet depression = load("valuesets/monitored-depression.json");
		assertThat(depression.contains(new CodedConcept(icd9, "296.32", "Major depressive affective disorder, recurrent episode, moderate")))
			.as("recurrent depression").isTrue();
		assertThat(depression.contains(new CodedConcept(icd9, "29639", null))).as("by its category, undotted").isTrue();
		assertThat(depression.contains(new CodedConcept("urn:oid:2.16.840.1.113883.6.103", "311", null)))
			.as("ICD-9-CM's diagnoses by their OID").isTrue();
		assertThat(depression.contains(new CodedConcept(icd9, "305.1", "Tobacco use disorder"))).isFalse();
		CodeSet fibromyalgia = load("valuesets/labels-fibromyalgia.json");
		assertThat(fibromyalgia.contains(new CodedConcept(icd9, "729.1", null))).isTrue();
		assertThat(fibromyalgia.contains(new CodedConcept(icd9, "733.90", null))).as("a code the table does not list")
			.isFalse();
		CodeSet major = load("valuesets/major-procedures.json");
		assertThat(major.contains(new CodedConcept(icd9, "81.54", null))).as("procedures stay procedures").isTrue();
		assertThat(Icd9Diagnoses.icd10Cm("V66.7")).contains("Z51.5");
		assertThat(Icd9Diagnoses.icd10Cm("250.01")).as("type 1 by its fifth digit").contains("E10.9");
		assertThat(Icd9Diagnoses.icd10Cm("250.80")).as("a diabetes code the table lists by category only").contains("E11.9");
	}

	@Test
	void readsIcd10PcsUnderAHospitalsOwnUriAndSpainsCie10EsProcedures() {
		CodeSet major = load("valuesets/major-procedures.json");
		assertThat(major.contains(new CodedConcept(
				"https://eciemaps.sanidad.gob.es/fhir/CodeSystem/cie10es-procedimientos", "0SRC0J9", null)))
			.as("CIE-10-ES procedures: a knee replacement").isTrue();
		assertThat(major.contains(new CodedConcept("https://fhir.hospital.example.org/CodeSystem/icd10pcs", "0SRC0J9",
				null))).as("a hospital's own URI").isTrue();
		assertThat(major.contains(new CodedConcept(
				"https://eciemaps.sanidad.gob.es/fhir/CodeSystem/cie10es-diagnosticos", "0SRC0J9", null)))
			.as("not the diagnoses").isFalse();
	}

	@Test
	void takesTheSnomedFindingsEhrsRecordAtExaminationForSymptoms() {
		CodeSet symptoms = load("valuesets/symptoms.json");
		assertThat(symptoms.contains(new CodedConcept(SCT, "95891005", "Flushing"))).isTrue();
		assertThat(symptoms.contains(new CodedConcept(SCT, "30473006", "Pain in pelvis"))).isTrue();
	}

	@Test
	void matchesNoTextWhenTheSetSaysItsNamesMustNotStandForItsCodes() {
		assertThat(named(false).matches(new Concept(List.of(), "Hereditary angioedema"))).isFalse();
		assertThat(load("valuesets/symptoms.json").matches(new Concept(List.of(), "Whooping cough"))).isFalse();
		assertThat(load("valuesets/catch-all-diagnoses.json").matches(new Concept(List.of(), "Cancer-related fatigue")))
			.isFalse();
	}

	@Test
	void refusesAMatchTextExtensionWithoutABoolean() {
		String json = namedJson(true).replace("\"valueBoolean\": true", "\"valueString\": \"yes\"");
		assertThatThrownBy(() -> CodeSet.load(FHIR, new ByteArrayResource(json.getBytes(StandardCharsets.UTF_8), "bad")))
			.hasMessageContaining("must carry valueBoolean");
	}

	@Test
	void shippedSetsNameTheirFamiliesForTextOnlyConcepts() {
		CodeSet rare = load("valuesets/rare-diseases.json");

		assertThat(rare.matches(new Concept(List.of(), "Hereditary angioedema"))).isTrue();
		assertThat(rare.matches(new Concept(List.of(), "Dravet syndrome"))).isTrue();
		assertThat(rare.matches(new Concept(List.of(), "Hereditary haemorrhagic telangiectasia"))).isTrue();
		assertThat(rare.matches(new Concept(List.of(), "Essential hypertension"))).isFalse();
		assertThat(major.matches(new Concept(List.of(), "Endovascular aneurysm repair"))).isTrue();
		assertThat(major.matches(new Concept(List.of(), "EVAR of infrarenal AAA"))).isTrue();
		assertThat(major.matches(new Concept(List.of(), "Duplex ultrasound after EVAR"))).isFalse();
		assertThat(major.matches(new Concept(List.of(), "Colonoscopy"))).isFalse();
	}

	private static CodeSet named(boolean matchText) {
		return CodeSet.load(FHIR, new ByteArrayResource(namedJson(matchText).getBytes(StandardCharsets.UTF_8), "named"));
	}

	private static String namedJson(boolean matchText) {
		return """
				{"resourceType": "ValueSet", "url": "https://example.org/named", "status": "active",
				 "extension": [{"url": "https://secondopinion.org/fhir/StructureDefinition/match-text", "valueBoolean": %s}],
				 "compose": {"include": [{"system": "http://snomed.info/sct", "concept": [
				   {"code": "82966003", "display": "Hereditary angioedema",
				    "designation": [{"value": "HAE type I"}, {"value": "Hereditary angio-oedema"}]}]}]}}
				""".formatted(matchText);
	}

	private static CodeSet load(String path) {
		return CodeSet.load(FHIR, new ClassPathResource(path));
	}

}
