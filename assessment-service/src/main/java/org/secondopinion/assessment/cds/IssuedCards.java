package org.secondopinion.assessment.cds;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.CriterionCode;
import org.secondopinion.events.PatientRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The cards returned to EHRs and the feedback on them. */
@Repository
class IssuedCards {

	private final JdbcClient jdbc;

	IssuedCards(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a card before it is returned. The commit does not wait for the disk (the card is on the hot path of the
	 * EHR's chart): a crash in the next few hundred milliseconds may lose the record, and feedback on that card is then
	 * refused as unknown. Nothing clinical depends on it.
	 */
	void issued(Card card, String serviceId, String hookInstance, PatientRef patient, List<CriterionCode> criteria) {
		// one statement: set_config(..., true) lasts until the end of the statement's own transaction
		jdbc.sql("""
				with no_wait as (select set_config('synchronous_commit', 'off', true))
				insert into cds_card (id, service_id, hook_instance, ehr_id, patient_id, criteria)
				select ?, ?, ?, ?, ?, ? from no_wait""")
			.params(UUID.fromString(card.uuid()), serviceId, hookInstance, patient.ehrId(), patient.patientId(),
					criteria.stream().map(CriterionCode::code).toArray(String[]::new))
			.update();
	}

	/** The patient a card of this service was about, if the service issued it. */
	Optional<PatientRef> patientOf(UUID card, String serviceId) {
		return jdbc.sql("select ehr_id, patient_id from cds_card where id = ? and service_id = ?")
			.params(card, serviceId)
			.query((rs, row) -> PatientRef.of(rs.getString(1), rs.getString(2)))
			.optional();
	}

	void feedback(UUID card, String serviceId, String outcome, Card.@Nullable Coding reason,
			@Nullable String userComment, List<String> acceptedSuggestions, Instant outcomeAt, String client) {
		jdbc.sql("""
				insert into cds_feedback (card_id, service_id, outcome, override_system, override_code,
				  override_display, user_comment, accepted_suggestions, outcome_at, client)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(card, serviceId, outcome, reason == null ? null : reason.system(),
					reason == null ? null : reason.code(), reason == null ? null : reason.display(), userComment,
					acceptedSuggestions.toArray(String[]::new), Timestamp.from(outcomeAt), client)
			.update();
	}

}
