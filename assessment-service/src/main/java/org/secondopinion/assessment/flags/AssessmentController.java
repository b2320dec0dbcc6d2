package org.secondopinion.assessment.flags;

import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.flags.FlagResponses.AssessmentView;
import org.secondopinion.assessment.flags.FlagResponses.FlagPage;
import org.secondopinion.assessment.flags.FlagResponses.FlagResponse;
import org.secondopinion.events.EhrId;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.PatientRef;
import org.secondopinion.events.Priority;
import org.secondopinion.security.audit.AuditAction;
import org.secondopinion.security.audit.AuditOutcome;
import org.secondopinion.security.audit.AuditTrail;
import org.secondopinion.security.audit.AuditedAccess;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
class AssessmentController {

	private static final int MAX_PAGE_SIZE = 200;

	private final JdbcClient jdbc;

	private final FlagRepository flags;

	private final EventCodec codec;

	private final AuditTrail audit;

	AssessmentController(JdbcClient jdbc, FlagRepository flags, EventCodec codec, AuditTrail audit) {
		this.jdbc = jdbc;
		this.flags = flags;
		this.codec = codec;
		this.audit = audit;
	}

	@Operation(summary = "The patient's assessment: flagged or clear, priority, criteria met with evidence")
	@GetMapping("/api/v1/patients/{ehrId}/{patientId}/assessment")
	AssessmentView assessment(@PathVariable String ehrId, @PathVariable String patientId) {
		Optional<PatientRef> patient = PatientRef.parse(ehrId, patientId);
		// a request naming what cannot be a patient is on record too, with the EHR when that much is one
		audit.record(new AuditedAccess(AuditAction.READ, "read", AuditOutcome.SUCCESS, EhrId.parse(ehrId).orElse(null),
				patient.orElse(null), "Assessment/" + ehrId + "/" + patientId, null));
		return patient.flatMap(this::assessmentOf)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"No assessment of patient " + patientId + " in EHR " + ehrId
							+ ": none of their resources has arrived yet"));
	}

	private Optional<AssessmentView> assessmentOf(PatientRef patient) {
		return jdbc.sql("""
				select patient::text, status, priority, criteria::text, ruleset_version, assessed_at
				from assessment where ehr_id = ? and patient_id = ?""")
			.params(patient.ehrId(), patient.patientId())
			.query((rs, row) -> new AssessmentView(
					FlagResponses.patientOf(FlagPayloads.readPatient(codec, rs.getString(1))), rs.getString(2),
					rs.getString(3) == null ? null : Priority.of(rs.getString(3)),
					FlagResponses.criteriaOf(FlagPayloads.readCriteria(codec, rs.getString(4))), rs.getString(5),
					rs.getTimestamp(6).toInstant()))
			.optional();
	}

	@Operation(summary = "A page of flags, by status and criterion")
	@GetMapping("/api/v1/flags")
	FlagPage flags(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String criterion, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
		}
		List<Flag> found = flags.page(status, criterion, page, size);
		List<FlagResponse> items = found.stream().map(FlagResponses::of).toList();
		audit.recordAll(found.stream()
			.map(flag -> AuditedAccess.read("search", flag.patient().ref(), "Flag/" + flag.id()))
			.toList(), null);
		return new FlagPage(items, page, size, flags.count(status, criterion));
	}

}
