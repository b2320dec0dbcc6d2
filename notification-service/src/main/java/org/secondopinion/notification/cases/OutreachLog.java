package org.secondopinion.notification.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The outreach notes of the cases, in {@code case_outreach}. */
@Component
class OutreachLog {

	private final JdbcClient jdbc;

	OutreachLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(CaseId id, Instant at, String actor, OutreachOutcome outcome, @Nullable String note) {
		jdbc.sql("insert into case_outreach (case_id, at, actor, outcome, note) values (?, ?, ?, ?, ?)")
			.params(id.value(), Timestamp.from(at), actor, outcome.code(), note)
			.update();
	}

	/** The case's notes, newest first. */
	List<OutreachNote> of(CaseId id) {
		return jdbc.sql("select at, actor, outcome, note from case_outreach where case_id = ? order by at desc, id desc")
			.param(id.value())
			.query((rs, row) -> new OutreachNote(rs.getTimestamp(1).toInstant(), rs.getString(2),
					OutreachOutcome.fromCode(rs.getString(3)).orElse(OutreachOutcome.OTHER), rs.getString(4)))
			.list();
	}

}
