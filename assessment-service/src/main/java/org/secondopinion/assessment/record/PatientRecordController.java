package org.secondopinion.assessment.record;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.secondopinion.events.PatientRef;
import org.secondopinion.security.audit.AuditTrail;
import org.secondopinion.security.audit.AuditedAccess;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/v1/patients/{ehrId}/{patientId}/record}: the patient's latest resources as a FHIR R4 Bundle
 * (collection), for the second-opinion packet; {@code evidence} names resources that must be in it. Services,
 * clinicians and admins may read it; every read is audited.
 */
@RestController
class PatientRecordController {

	static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

	private static final int MAX_EVIDENCE = 200;

	private final RecordBundles records;

	private final AuditTrail audit;

	PatientRecordController(RecordBundles records, AuditTrail audit) {
		this.records = records;
		this.audit = audit;
	}

	@Operation(summary = "The patient's record as the rules read it, as a FHIR Bundle")
	@GetMapping("/api/v1/patients/{ehrId}/{patientId}/record")
	ResponseEntity<String> record(@PathVariable String ehrId, @PathVariable String patientId,
			@RequestParam(required = false) @Nullable List<String> evidence,
			@RequestHeader(name = AuditTrail.PURPOSE_HEADER, required = false) @Nullable String purpose) {
		List<String> asked = evidence == null ? List.of() : evidence;
		if (asked.size() > MAX_EVIDENCE) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "At most " + MAX_EVIDENCE + " evidence references");
		}
		PatientRef patient = PatientRef.parse(ehrId, patientId).orElse(null);
		ObjectNode bundle = patient == null ? null : records.bundle(patient, asked);
		if (patient == null || bundle == null || bundle.path("entry").isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No record of patient " + patientId + " in EHR "
					+ ehrId + ": none of their resources has arrived yet");
		}
		audit.recordAll(List.of(AuditedAccess.read("read", patient, "Record/" + ehrId + "/" + patientId)), purpose);
		return ResponseEntity.ok().contentType(FHIR_JSON).body(bundle.toString());
	}

}
