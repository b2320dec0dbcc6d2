package org.secondopinion.assessment.cds;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A CDS service as discovery describes it.
 * @param prefetch FHIR queries the EHR should run before calling, by key; {@code {{context.patientId}}} is replaced
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CdsService(String hook, String title, String description, String id, Map<String, String> prefetch,
		String usageRequirements) {

	static final String PATIENT_VIEW = "second-opinion-patient-view";

	static final String ORDER_SIGN = "second-opinion-order-sign";

	static final String PATIENT_ID_TOKEN = "{{context.patientId}}";

	/** Everything the criteria read, so that a patient not synced yet can be assessed from the prefetch alone. */
	static final Map<String, String> RECORD_PREFETCH = record();

	static final List<CdsService> ALL = List.of(
			new CdsService("patient-view", "Second opinion check",
					"Shows a card when the patient's record meets one of the eight second-opinion criteria, with "
							+ "each criterion's reason and evidence and a link to the case in the coordinator worklist.",
					PATIENT_VIEW, RECORD_PREFETCH, usage()),
			new CdsService("order-sign", "Second opinion before major or high-impact treatment",
					"Warns when an order about to be signed is a major or invasive procedure or a treatment that "
							+ "severely affects quality of life, and suggests a second-opinion referral.",
					ORDER_SIGN, RECORD_PREFETCH, usage()));

	static Optional<CdsService> byId(String id) {
		return ALL.stream().filter(s -> s.id().equals(id)).findFirst();
	}

	private static String usage() {
		return "The EHR must be registered with this service (issuer, JWK Set, FHIR server) and sign each call; "
				+ "the prefetch (or FHIR access with patient/*.read scopes) must cover the patient's record.";
	}

	private static Map<String, String> record() {
		Map<String, String> prefetch = new LinkedHashMap<>();
		prefetch.put("patient", "Patient/" + PATIENT_ID_TOKEN);
		for (String[] search : new String[][] { { "conditions", "Condition" }, { "observations", "Observation" },
				{ "serviceRequests", "ServiceRequest" }, { "procedures", "Procedure" }, { "encounters", "Encounter" },
				{ "medicationRequests", "MedicationRequest" }, { "carePlans", "CarePlan" },
				{ "questionnaireResponses", "QuestionnaireResponse" }, { "communications", "Communication" },
				{ "flags", "Flag" }, { "documentReferences", "DocumentReference" } }) {
			prefetch.put(search[0], search[1] + "?patient=" + PATIENT_ID_TOKEN);
		}
		return java.util.Collections.unmodifiableMap(prefetch);
	}

}
