package org.secondopinion.security.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.secondopinion.security.CurrentUser;
import org.secondopinion.security.CurrentUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit records for the current user. Records are written in their own transaction so that a denied or
 * failed request is still on record.
 */
public class AuditTrail {

	/** Why data is accessed (HL7 PurposeOfUse), sent by clients in this header; healthcare operations otherwise. */
	public static final String PURPOSE_HEADER = "X-Purpose-Of-Use";

	private final JdbcClient jdbc;

	private final CurrentUsers users;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, CurrentUsers users, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(AuditedAccess access) {
		recordAll(List.of(access), null);
	}

	/** Records several accesses of one request, e.g. every patient on a page of results. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordAll(Collection<AuditedAccess> accesses, @Nullable String purpose) {
		CurrentUser user = users.current();
		Timestamp now = Timestamp.from(clock.instant());
		for (AuditedAccess access : accesses) {
			jdbc.sql("""
					insert into audit_event (recorded, action, subtype, outcome, agent_subject, agent_username,
					  agent_roles, agent_facilities, client_address, purpose, patient_ehr_id, patient_id, entity, detail)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(now, access.action().code(), access.subtype(), access.outcome().code(), user.subject(),
						user.username(), user.roles().stream().sorted().toArray(String[]::new),
						user.facilities().toArray(String[]::new), user.clientAddress(),
						purpose == null ? "HOPERAT" : purpose, ehrIdOf(access), patientIdOf(access), access.entity(),
						access.detail())
				.update();
		}
	}

	/** The EHR as the plain string the {@code patient_ehr_id} column keeps. */
	private static @Nullable String ehrIdOf(AuditedAccess access) {
		return access.ehr() == null ? null : access.ehr().value();
	}

	/** The patient's FHIR id as the plain string the {@code patient_id} column keeps. */
	private static @Nullable String patientIdOf(AuditedAccess access) {
		return access.patient() == null ? null : access.patient().patientId();
	}

}
