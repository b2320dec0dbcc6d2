package org.secondopinion.assessment.fhir;

import java.util.List;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import ca.uhn.fhir.context.FhirContext;
import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.flags.OpenFlags;
import org.secondopinion.assessment.flags.Flag;
import org.secondopinion.events.PatientRef;
import org.secondopinion.security.audit.AuditTrail;
import org.secondopinion.security.audit.AuditedAccess;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /fhir/DetectedIssue?patient=Patient/{id}&ehr={ehrId}}: the patient's open flags as a searchset of
 * DetectedIssues. {@code ehr} (or the {@code X-EHR-Id} header) names the EHR; without it every EHR that knows the
 * patient id is searched. It is read by clinicians (and admins), who see every facility's flags, as with CDS cards;
 * care coordinators work the same flags as cases in the notification service.
 */
@RestController
class DetectedIssueController {

	static final String FHIR_JSON = "application/fhir+json";

	private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

	private final OpenFlags flags;

	private final FhirContext fhir;

	private final AuditTrail audit;

	DetectedIssueController(OpenFlags flags, FhirContext fhir, AuditTrail audit) {
		this.flags = flags;
		this.fhir = fhir;
		this.audit = audit;
	}

	@Operation(summary = "The patient's open flags as a FHIR searchset of DetectedIssues")
	@GetMapping(path = "/fhir/DetectedIssue", produces = { FHIR_JSON, MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<String> search(@RequestParam(required = false) @Nullable String patient,
			@RequestParam(required = false) @Nullable String ehr,
			@RequestHeader(name = "X-EHR-Id", required = false) @Nullable String ehrHeader) {
		String id = patient == null ? null : patient.startsWith("Patient/") ? patient.substring(8) : patient;
		if (id == null || !FHIR_ID.matcher(id).matches()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"patient is required, as Patient/{id} or {id} with a FHIR id.");
		}
		String named = ehr != null ? ehr : ehrHeader;
		// the patient in the EHR named (none when that cannot be an EHR id), or in every EHR with open flags
		List<PatientRef> asked = named == null
				? flags.ehrsWithOpenFlags().stream().map(each -> new PatientRef(each, id)).toList()
				: PatientRef.parse(named, id).stream().toList();
		List<Flag> visible = asked.stream().flatMap(each -> flags.of(each).stream()).toList();
		List<AuditedAccess> accesses = visible.stream()
			.map(flag -> AuditedAccess.read("search", flag.patient().ref(), "Flag/" + flag.id()))
			.toList();
		audit.recordAll(accesses, null);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		String self = ServletUriComponentsBuilder.fromCurrentRequest().toUriString();
		// evidence names the exact versions the rules read: HAPI would strip them by default
		String body = fhir.newJsonParser()
			.setStripVersionsFromReferences(false)
			.encodeResourceToString(DetectedIssues.searchset(visible, base, self));
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(FHIR_JSON)).body(body);
	}

}
