package org.secondopinion.assessment.criteria;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.PictureFixtures;
import org.secondopinion.events.PatientRef;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The families of the high-impact value set, each through the criterion as an EHR sends it: a treatment ordered
 * (ServiceRequest) or prescribed (MedicationRequest) with one coding. Positives are treatments that durably change how
 * a patient lives; near misses are the minor or reversible neighbours of the same family.
 */
class HighImpactTreatmentFamiliesTests {

	private static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");

	private static final String CPT = "http://www.ama-assn.org/go/cpt";

	private static final String HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";

	private static final String PCS = "http://www.cms.gov/Medicare/Coding/ICD10";

	private static final String SNOMED = "http://snomed.info/sct";

	private static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

	private static final String ATC = "http://www.whocc.no/atc";

	private final HighImpactTreatment criterion = new HighImpactTreatment(RuleSettings.valueSetFiles(),
			RuleSettings.load("high-impact", HighImpactSettings.class), RuleSettings.assessment(),
			RuleSettings.courses());

	@ParameterizedTest(name = "{2}")
	@CsvSource(delimiter = '|', textBlock = """
			CPT    | 51595   | radical cystectomy with urinary diversion
			CPT    | 51597   | pelvic exenteration for bladder cancer
			CPT    | 58240   | pelvic exenteration for gynaecologic cancer
			CPT    | 45110   | abdominoperineal resection with colostomy
			CPT    | 44155   | total proctocolectomy with ileostomy
			CPT    | 44143   | Hartmann resection with end colostomy
			CPT    | 50825   | continent urinary diversion
			CPT    | 41140   | complete glossectomy
			CPT    | 31360   | total laryngectomy
			CPT    | 65101   | enucleation of the eye
			CPT    | 65110   | exenteration of the orbit
			CPT    | 27290   | hindquarter amputation (hemipelvectomy)
			CPT    | 27295   | hip disarticulation
			CPT    | 24900   | amputation of the arm
			CPT    | 25920   | disarticulation through the wrist
			CPT    | 28805   | transmetatarsal amputation
			CPT    | 19303   | simple complete mastectomy
			CPT    | 43117   | Ivor Lewis oesophagectomy
			CPT    | 43286   | minimally invasive oesophagectomy
			CPT    | 43621   | total gastrectomy with Roux-en-Y reconstruction
			CPT    | 48155   | total pancreatectomy
			CPT    | 32440   | pneumonectomy
			CPT    | 31610   | permanent tracheostomy
			CPT    | 94005   | home ventilator management
			CPT    | 36821   | arteriovenous fistula for dialysis
			CPT    | 77263   | radiotherapy treatment planning
			CPT    | 79101   | intravenous radiopharmaceutical therapy
			CPT    | 0540T   | CAR-T cell administration
			CPT    | 38241   | autologous stem-cell transplant
			HCPCS  | Q2042   | tisagenlecleucel (CAR-T)
			HCPCS  | B4185   | home parenteral nutrition lipids
			HCPCS  | S9365   | home total parenteral nutrition per diem
			HCPCS  | J3315   | triptorelin for androgen deprivation
			HCPCS  | G0339   | robotic stereotactic radiosurgery
			HCPCS  | E0465   | home ventilator with tracheostomy interface
			PCS    | 0TTB0ZZ | resection of the bladder
			PCS    | 0DT50ZZ | resection of the oesophagus
			PCS    | 0DT60ZZ | resection of the stomach
			PCS    | 0D1N0Z4 | bypass of the sigmoid colon to the skin (colostomy)
			PCS    | 0BTK0ZZ | resection of the right lung
			PCS    | 08T0XZZ | resection of the right eye
			PCS    | 0CT70ZZ | resection of the tongue
			PCS    | 0Y6H0Z1 | detachment of the right lower leg
			PCS    | 0X6D0Z1 | detachment of the right lower arm
			PCS    | 30243Y0 | autologous haematopoietic stem-cell transfusion
			PCS    | 3E1M39Z | peritoneal dialysis
			SNOMED | 234336002 | haemopoietic stem cell transplant
			SNOMED | 444360002 | allogeneic haematopoietic stem cell transplant
			SNOMED | 707266006 | androgen deprivation therapy
			SNOMED | 398740003 | colostomy
			CPT    | 33946   | extracorporeal membrane oxygenation
			CPT    | 33979   | implantable left ventricular assist device
			CPT    | 38720   | radical neck dissection
			CPT    | 38724   | modified radical neck dissection
			CPT    | 43246   | percutaneous endoscopic gastrostomy
			CPT    | 49440   | radiologically inserted gastrostomy
			CPT    | 51980   | cutaneous vesicostomy
			CPT    | 50860   | cutaneous ureterostomy
			CPT    | 79403   | radiolabelled antibody therapy
			CPT    | 77316   | brachytherapy isodose plan
			HCPCS  | A9607   | lutetium-177 vipivotide tetraxetan
			HCPCS  | A9513   | lutetium-177 dotatate
			HCPCS  | A9606   | radium-223 dichloride
			HCPCS  | S2095   | yttrium-90 radioembolisation
			HCPCS  | B4035   | enteral feeding supply kit, pump fed
			HCPCS  | E0466   | home non-invasive ventilator
			HCPCS  | S2150   | stem-cell transplant, global
			PCS    | 5A1522F | veno-arterial ECMO
			PCS    | 02HA0QZ | implantable heart assist device
			PCS    | 07T10ZZ | resection of right neck lymphatics
			PCS    | 0DH60UZ | insertion of a gastrostomy feeding device
			PCS    | 0DH63UZ | percutaneous endoscopic gastrostomy in ICD-10-PCS
			PCS    | 0T180ZC | ileal conduit (bypass of both ureters to ileocutaneous)
			SNOMED | 233573008 | extracorporeal membrane oxygenation
			""")
	void flagsAPlannedTreatmentOfAHighImpactFamily(String system, String code, String name) {
		assertThat(criterion.evaluate(ordered(system, code, name), NOW)).as(name).isPresent();
	}

	@ParameterizedTest(name = "{2}")
	@CsvSource(delimiter = '|', textBlock = """
			CPT    | 51550   | partial cystectomy
			CPT    | 41120   | glossectomy of less than half the tongue
			CPT    | 26951   | finger amputation
			CPT    | 28820   | toe amputation
			CPT    | 28810   | single ray amputation of the foot
			CPT    | 25600   | closed treatment of a distal radius fracture
			CPT    | 24500   | closed treatment of a humeral shaft fracture
			CPT    | 19301   | lumpectomy (partial mastectomy)
			CPT    | 19300   | mastectomy for gynaecomastia
			CPT    | 32480   | lobectomy
			CPT    | 43631   | partial distal gastrectomy
			CPT    | 48150   | Whipple pancreaticoduodenectomy
			CPT    | 44140   | partial colectomy with anastomosis
			CPT    | 44312   | revision of an ileostomy
			CPT    | 31600   | temporary tracheostomy
			CPT    | 79005   | oral radioiodine therapy
			CPT    | 36831   | thrombectomy of a dialysis graft
			HCPCS  | B4150   | enteral tube feeding formula
			HCPCS  | J1950   | leuprolide 3.75 mg (gynaecologic dose)
			PCS    | 0Y6P0Z0 | detachment of the right great toe
			PCS    | 0X6N0Z0 | detachment of the right index finger
			PCS    | 0BTC0ZZ | resection of the right upper lobe
			PCS    | 0DB60ZZ | excision of part of the stomach
			PCS    | 0DH67UZ | nasogastric feeding tube
			PCS    | 30243N1 | red blood cell transfusion
			CPT    | 33967   | intra-aortic balloon pump
			CPT    | 33990   | percutaneous ventricular assist device (temporary)
			CPT    | 38700   | suprahyoid lymphadenectomy
			CPT    | 43762   | replacement of a gastrostomy tube
			CPT    | 79005   | oral radioiodine
			CPT    | 79440   | radiosynovectomy
			HCPCS  | A9530   | sodium iodide I-131 therapeutic capsule
			HCPCS  | B4152   | enteral formula (sip feed)
			HCPCS  | J7507   | tacrolimus (watched for quality of life only)
			PCS    | 0B110F4 | tracheostomy
			PCS    | 07TH0ZZ | resection of right inguinal lymphatics
			""")
	void ignoresTheMinorOrReversibleNeighbourOfAFamily(String system, String code, String name) {
		assertThat(criterion.evaluate(ordered(system, code, name), NOW)).as(name).isEmpty();
	}

	@ParameterizedTest(name = "{2}")
	@CsvSource(delimiter = '|', textBlock = """
			RXNORM | 1547545 | pembrolizumab
			RXNORM | 224905  | trastuzumab
			RXNORM | 282388  | imatinib
			RXNORM | 194000  | capecitabine
			RXNORM | 475230  | degarelix
			RXNORM | 1307298 | enzalutamide
			RXNORM | 905053  | androgen deprivation clinical drug of the eCQM value set
			ATC    | L01XC18 | pembrolizumab by ATC
			ATC    | L01EA01 | imatinib by ATC
			ATC    | L02AE02 | leuprorelin by ATC
			ATC    | L02BB04 | enzalutamide by ATC
			ATC    | L02BX03 | abiraterone by ATC
			RXNORM | 4492    | fluorouracil
			""")
	void flagsAnActivePrescriptionOfAnAnticancerOrAndrogenDeprivationDrug(String system, String code, String name) {
		assertThat(criterion.evaluate(prescribed(system, code, name), NOW)).as(name).isPresent();
	}

	@ParameterizedTest(name = "{2}")
	@CsvSource(delimiter = '|', textBlock = """
			RXNORM | 6851    | low-dose methotrexate
			RXNORM | 121191  | rituximab for rheumatoid arthritis
			RXNORM | 10324   | tamoxifen
			ATC    | L01BA01 | methotrexate by ATC
			ATC    | L01FA01 | rituximab by ATC
			ATC    | L01FG01 | bevacizumab by ATC (intravitreal use)
			ATC    | L02BA01 | tamoxifen by ATC
			ATC    | L04AX03 | methotrexate as an immunosuppressant
			RXNORM | 4492    | fluorouracil 5 % Topical Cream
			RXNORM | 3002    | cyclophosphamide ointment
			""")
	void ignoresDrugsGivenMostlyOutsideCancerCareOrWithModestBurden(String system, String code, String name) {
		assertThat(criterion.evaluate(prescribed(system, code, name), NOW)).as(name).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Cemiplimab 350 mg IV every 3 weeks
			Trastuzumab deruxtecan 5.4 mg/kg IV
			Olaparib 300 mg tablets twice daily
			Lenalidomide 10 mg capsules, days 1-21
			Teclistamab step-up dosing
			Ciltacabtagene autoleucel infusion
			""")
	void flagsAnAnticancerDrugOfEveryClassPrescribedByNameAlone(String text) {
		assertThat(criterion.evaluate(prescribedAsText(text), NOW)).as(text).isPresent();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Mercaptopurine 50 mg tablets (Crohn disease)
			Hydroxyurea 500 mg capsules (sickle cell disease)
			Tacrolimus 2 mg twice daily
			Mitomycin intravesical instillation
			Fluorouracil 5% cream
			""")
	void leavesDrugsGivenMostlyOutsideCancerCareOrAppliedLocallyOutWhenNamedAlone(String text) {
		assertThat(criterion.evaluate(prescribedAsText(text), NOW)).as(text).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Chronic haemodialysis programme, 3 sessions a week
			Chronická hemodialýza – program
			Hemodializa przewlekła
			Peritoneal dialysis (CAPD) training and start
			Chạy thận nhân tạo chu kỳ
			""")
	void flagsDialysisOrderedByNameAlone(String text) {
		assertThat(criterion.evaluate(orderedAsText(text), NOW)).as(text).isPresent();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Pre-dialysis education clinic
			Dialysis access ultrasound
			""")
	void leavesWhatOnlyMentionsDialysisOut(String text) {
		assertThat(criterion.evaluate(orderedAsText(text), NOW)).as(text).isEmpty();
	}

	private static ClinicalPicture orderedAsText(String text) {
		ServiceRequest order = new ServiceRequest();
		order.setId("order");
		order.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
		order.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
		order.setSubject(new Reference("Patient/p-1"));
		order.setCode(new CodeableConcept().setText(text));
		order.setOccurrence(new DateTimeType(Date.from(NOW.plusSeconds(14L * 24 * 3600))));
		return picture(order);
	}

	private static ClinicalPicture prescribedAsText(String text) {
		MedicationRequest prescription = new MedicationRequest();
		prescription.setId("rx");
		prescription.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
		prescription.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
		prescription.setSubject(new Reference("Patient/p-1"));
		prescription.setMedication(new CodeableConcept().setText(text));
		prescription.setAuthoredOn(Date.from(NOW.minusSeconds(14L * 24 * 3600)));
		return picture(prescription);
	}

	private static String system(String name) {
		return switch (name) {
			case "CPT" -> CPT;
			case "HCPCS" -> HCPCS;
			case "PCS" -> PCS;
			case "SNOMED" -> SNOMED;
			case "RXNORM" -> RXNORM;
			case "ATC" -> ATC;
			default -> throw new IllegalArgumentException(name);
		};
	}

	private static ClinicalPicture ordered(String system, String code, String name) {
		ServiceRequest order = new ServiceRequest();
		order.setId("order");
		order.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
		order.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
		order.setSubject(new Reference("Patient/p-1"));
		order.setCode(new CodeableConcept().addCoding(new org.hl7.fhir.r4.model.Coding(system(system), code, name)));
		order.setOccurrence(new DateTimeType(Date.from(NOW.plusSeconds(60L * 24 * 3600))));
		return picture(order);
	}

	private static ClinicalPicture prescribed(String system, String code, String name) {
		MedicationRequest prescription = new MedicationRequest();
		prescription.setId("rx");
		prescription.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
		prescription.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
		prescription.setSubject(new Reference("Patient/p-1"));
		prescription.setMedication(new CodeableConcept().addCoding(new org.hl7.fhir.r4.model.Coding(system(system), code, name)));
		prescription.setAuthoredOn(Date.from(NOW.minusSeconds(14L * 24 * 3600)));
		return picture(prescription);
	}

	private static ClinicalPicture picture(Resource resource) {
		Patient patient = new Patient();
		patient.setId("p-1");
		return PictureFixtures.picture(PatientRef.of("test-ehr", "p-1"), List.of(patient, resource));
	}

}
