package org.secondopinion.security.audit;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Admins read the audit trail of a patient, newest first, each record shaped like a FHIR AuditEvent. */
@RestController
class AuditController {

	private static final int MAX_PAGE_SIZE = 500;

	private final JdbcClient jdbc;

	AuditController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param patient {@code {ehrId}/{patientId}}
	 */
	@Operation(summary = "A patient's audit trail, newest first, as AuditEvent-shaped records")
	@GetMapping("/api/v1/audit")
	List<AuditEventView> audit(@RequestParam String patient, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		int slash = patient.indexOf('/');
		if (slash <= 0 || slash == patient.length() - 1 || page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Use patient={ehrId}/{patientId}, page >= 0 and size between 1 and " + MAX_PAGE_SIZE);
		}
		return jdbc.sql("""
				select recorded, action, subtype, outcome, agent_subject, agent_username, agent_roles, agent_facilities,
				       client_address, purpose, patient_ehr_id, patient_id, entity, detail
				from audit_event where patient_ehr_id = ? and patient_id = ?
				order by recorded desc, id desc limit ? offset ?""")
			.params(patient.substring(0, slash), patient.substring(slash + 1), size, (long) page * size)
			.query((rs, row) -> new AuditEventView("AuditEvent", rs.getTimestamp("recorded").toInstant(),
					rs.getString("action"), rs.getString("subtype"), rs.getString("outcome"),
					new Agent(rs.getString("agent_subject"), rs.getString("agent_username"),
							List.of((String[]) rs.getArray("agent_roles").getArray()),
							List.of((String[]) rs.getArray("agent_facilities").getArray()), rs.getString("client_address")),
					rs.getString("purpose"),
					new Entity("Patient/" + rs.getString("patient_id"), rs.getString("patient_ehr_id"),
							rs.getString("entity")),
					rs.getString("detail")))
			.list();
	}

	/** The parts of a FHIR AuditEvent a reviewer needs. */
	record AuditEventView(String resourceType, Instant recorded, String action, String subtype, String outcome,
			Agent agent, String purposeOfEvent, Entity entity, @Nullable String outcomeDesc) {
	}

	record Agent(String who, @Nullable String name, List<String> roles, List<String> facilities,
			@Nullable String network) {
	}

	record Entity(String patient, String ehrId, String what) {
	}

}
