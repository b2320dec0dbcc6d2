package org.secondopinion.notification.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which criteria of each case were already announced (the {@code case_alert} table): the alerting feature's guard
 * against alerting twice, and the cases it still has to announce.
 */
@Repository
public class CaseAlertLog {

	private final JdbcClient jdbc;

	CaseAlertLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Set<String> announced(CaseId id) {
		return Set.copyOf(jdbc.sql("select criterion from case_alert where case_id = ?")
			.param(id.value())
			.query(String.class)
			.list());
	}

	public void record(CaseId id, List<String> criteria, String kind, Instant at) {
		for (String criterion : criteria) {
			jdbc.sql("""
					insert into case_alert (case_id, criterion, kind, alerted_at) values (?, ?, ?, ?)
					on conflict do nothing""")
				.params(id.value(), criterion, kind, Timestamp.from(at))
				.update();
		}
	}

	/** Urgent cases still new, not escalated, whose first immediate alert is older than {@code cutoff}. */
	public List<CaseId> overdueUrgent(Instant cutoff) {
		return jdbc.sql("""
				select c.id from care_case c
				where c.priority = 'urgent' and c.status = 'new' and c.escalated_at is null
				  and (select min(a.alerted_at) from case_alert a where a.case_id = c.id and a.kind = 'immediate') <= ?
				order by c.created_at""")
			.param(Timestamp.from(cutoff))
			.query((rs, row) -> new CaseId(rs.getObject(1, java.util.UUID.class)))
			.list();
	}

	/**
	 * Claims the digest of {@code team} until the current transaction ends: another instance's digest of the team
	 * waits, then finds what this one recorded as announced.
	 */
	public void claimDigest(String team) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("digest:" + team).query().singleRow();
	}

	/** Open high and routine cases of {@code team} with a criterion never announced. */
	public List<CaseId> undigested(String team) {
		return jdbc.sql("""
				select c.id from care_case c
				where c.team = ? and c.status <> 'closed' and c.priority in ('high', 'routine')
				  and exists (select 1 from jsonb_array_elements(c.criteria) m
				              where not exists (select 1 from case_alert a where a.case_id = c.id and a.criterion = m->>'code'))
				order by case c.priority when 'high' then 0 else 1 end, c.created_at""")
			.param(team)
			.query((rs, row) -> new CaseId(rs.getObject(1, java.util.UUID.class)))
			.list();
	}

}
