package org.secondopinion.notification.packet;

import java.util.List;

import org.secondopinion.notification.cases.CaseDetail;
import tools.jackson.databind.JsonNode;

/**
 * A case's second-opinion packet.
 * @param bundle the FHIR R4 Bundle: the patient, every evidence resource, recent results, conditions, medications,
 * procedures and coverage
 * @param missingEvidence evidence references the record did not hold (deleted in the EHR since the flag)
 */
record Packet(CaseDetail kase, JsonNode bundle, List<String> missingEvidence) {

	List<RecordItem> items(String resourceType) {
		return RecordItem.of(bundle, resourceType);
	}

}
