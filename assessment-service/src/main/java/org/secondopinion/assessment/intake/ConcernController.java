package org.secondopinion.assessment.intake;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.picture.PictureStore;
import org.secondopinion.events.PatientRef;
import org.secondopinion.security.audit.AuditAction;
import org.secondopinion.security.audit.AuditOutcome;
import org.secondopinion.security.audit.AuditTrail;
import org.secondopinion.security.audit.AuditedAccess;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code POST /api/v1/patients/{ehrId}/{patientId}/concerns}: a patient asks for a second opinion. */
@RestController
class ConcernController {

	static final int MAX_LENGTH = 4000;

	private final PatientConcerns concerns;

	private final PictureStore pictures;

	private final AuditTrail audit;

	ConcernController(PatientConcerns concerns, PictureStore pictures, AuditTrail audit) {
		this.concerns = concerns;
		this.pictures = pictures;
		this.audit = audit;
	}

	@Operation(summary = "Record a patient's request for a second opinion")
	@PostMapping("/api/v1/patients/{ehrId}/{patientId}/concerns")
	ResponseEntity<ConcernReceived> raise(@PathVariable String ehrId, @PathVariable String patientId,
			@RequestBody ConcernRequest request) {
		String text = request.text();
		if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"text must say what the patient is concerned about, in 1 to " + MAX_LENGTH + " characters");
		}
		PatientRef patient = PatientRef.parse(ehrId, patientId)
			.filter(pictures::holds)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No patient " + patientId
					+ " in EHR " + ehrId + ": none of their resources has arrived yet"));
		String reference = concerns.raise(patient, text);
		audit.record(new AuditedAccess(AuditAction.CREATE, "raise-concern", AuditOutcome.SUCCESS, patient, reference,
				null));
		return ResponseEntity
			.created(URI.create("/api/v1/patients/" + ehrId + "/" + patientId + "/assessment"))
			.body(new ConcernReceived(reference));
	}

	record ConcernRequest(@Nullable String text) {
	}

	/** @param concern the exact version of the Communication that now holds the concern */
	record ConcernReceived(String concern) {
	}

}
