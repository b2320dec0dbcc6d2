package org.secondopinion.gateway.backfill;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EhrId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Backfill jobs and their files, so that progress survives a restart. */
@Repository
class BackfillRepository {

	private static final String COLUMNS = """
			id, ehr_id, state, method, resource_types, since, group_id, status_url, transaction_time, files_total,
			files_done, resources_total, resources_done, dead_lettered, created_at, download_started_at, finished_at,
			last_error""";

	private final JdbcClient jdbc;

	private final Clock clock;

	BackfillRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Inserts a new job unless one of the EHR is unfinished; false when one is. */
	@Transactional
	boolean insert(Job job) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("backfill:" + job.ehrId().value()).query().singleRow();
		if (jdbc.sql("select count(*) from backfill_job where ehr_id = ? and state not in ('COMPLETED', 'FAILED')")
			.param(job.ehrId().value())
			.query(Long.class)
			.single() > 0) {
			return false;
		}
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("""
				insert into backfill_job (id, ehr_id, state, method, resource_types, since, group_id, created_at,
				  updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(job.id().value(), job.ehrId().value(), BackfillState.ACCEPTED.name(), job.method(),
					String.join(",", job.types()), timestamp(job.since()), job.group(), now, now)
			.update();
		return true;
	}

	Optional<Job> job(BackfillId id) {
		return jdbc.sql("select " + COLUMNS + " from backfill_job where id = ?")
			.param(id.value())
			.query(BackfillRepository::job)
			.optional();
	}

	Optional<BackfillProgress> progress(EhrId ehrId, BackfillId id) {
		return jdbc.sql("select " + COLUMNS + " from backfill_job where id = ? and ehr_id = ?")
			.params(id.value(), ehrId.value())
			.query(this::progress)
			.optional();
	}

	/** The latest job of each EHR. */
	List<BackfillProgress> latestPerEhr() {
		return jdbc.sql("select distinct on (ehr_id) " + COLUMNS + " from backfill_job order by ehr_id, created_at desc")
			.query(this::progress)
			.list();
	}

	List<BackfillProgress> all(EhrId ehrId) {
		return jdbc.sql("select " + COLUMNS + " from backfill_job where ehr_id = ? order by created_at desc limit 50")
			.param(ehrId.value())
			.query(this::progress)
			.list();
	}

	List<Job> unfinished() {
		return jdbc.sql("select " + COLUMNS + " from backfill_job where state not in ('COMPLETED', 'FAILED') "
				+ "order by created_at")
			.query(BackfillRepository::job)
			.list();
	}

	void exporting(BackfillId id, String method, String statusUrl) {
		jdbc.sql("update backfill_job set state = ?, method = ?, status_url = ?, started_at = coalesce(started_at, ?), "
				+ "updated_at = ? where id = ?")
			.params(BackfillState.EXPORTING.name(), method, statusUrl, now(), now(), id.value())
			.update();
	}

	/** Records the manifest's files (or, for a search backfill, one entry per type) and where the job goes next. */
	@Transactional
	void files(BackfillId id, BackfillState next, String method, @Nullable Instant transactionTime,
			List<ExportFile> files) {
		jdbc.sql("delete from backfill_file where job_id = ?").param(id.value()).update();
		for (ExportFile file : files) {
			jdbc.sql("insert into backfill_file (job_id, position, resource_type, url, expected) values (?, ?, ?, ?, ?)")
				.params(id.value(), file.position(), file.resourceType(), file.url(), file.expected())
				.update();
		}
		Long total = files.stream().allMatch(f -> f.expected() != null)
				? files.stream().mapToLong(ExportFile::expected).sum() : null;
		jdbc.sql("""
				update backfill_job set state = ?, method = ?, transaction_time = ?, files_total = ?, files_done = 0,
				  resources_total = ?, resources_done = 0, dead_lettered = 0, download_started_at = ?,
				  started_at = coalesce(started_at, ?), updated_at = ?
				where id = ?""")
			.params(next.name(), method, timestamp(transactionTime), files.size(), total, now(), now(), now(),
					id.value())
			.update();
	}

	List<ExportFile> files(BackfillId id) {
		return jdbc.sql("select position, resource_type, url, expected, lines_done, done from backfill_file "
				+ "where job_id = ? order by position")
			.param(id.value())
			.query((rs, row) -> new ExportFile(rs.getInt(1), rs.getString(2), rs.getString(3),
					(Long) rs.getObject(4), rs.getLong(5), rs.getBoolean(6)))
			.list();
	}

	/** Records a batch of a file published and acknowledged. */
	@Transactional
	void batchDone(BackfillId id, int position, long linesDone, boolean fileDone, long resources, long deadLettered) {
		jdbc.sql("update backfill_file set lines_done = ?, done = ? where job_id = ? and position = ?")
			.params(linesDone, fileDone, id.value(), position)
			.update();
		jdbc.sql("""
				update backfill_job set resources_done = resources_done + ?, dead_lettered = dead_lettered + ?,
				  files_done = files_done + ?, updated_at = ? where id = ?""")
			.params(resources, deadLettered, fileDone ? 1 : 0, now(), id.value())
			.update();
	}

	void finish(BackfillId id, BackfillState state, @Nullable String error) {
		jdbc.sql("update backfill_job set state = ?, last_error = ?, finished_at = ?, updated_at = ? where id = ?")
			.params(state.name(), error, now(), now(), id.value())
			.update();
	}

	void error(BackfillId id, String error) {
		jdbc.sql("update backfill_job set last_error = ?, updated_at = ? where id = ?")
			.params(error, now(), id.value())
			.update();
	}

	private BackfillProgress progress(ResultSet rs, int row) throws SQLException {
		Job job = job(rs, row);
		Long total = (Long) rs.getObject("resources_total");
		long done = rs.getLong("resources_done");
		Instant downloadStarted = instant(rs.getTimestamp("download_started_at"));
		Instant finished = instant(rs.getTimestamp("finished_at"));
		Double rate = null;
		Long eta = null;
		if (downloadStarted != null) {
			double seconds = Duration.between(downloadStarted, finished != null ? finished : clock.instant()).toMillis()
					/ 1000.0;
			rate = seconds > 0 ? Math.round(done / seconds * 10) / 10.0 : null;
			if (rate != null && rate > 0 && total != null && finished == null) {
				eta = Math.max(0, Math.round((total - done) / rate));
			}
		}
		return new BackfillProgress(job.id(), job.ehrId(), job.state(), job.method(), job.types(), job.since(),
				job.group(), job.transactionTime(), rs.getInt("files_total"), rs.getInt("files_done"), total, done,
				rs.getLong("dead_lettered"), rate, eta, rs.getTimestamp("created_at").toInstant(), finished,
				rs.getString("last_error"), BackfillProgress.statusPath(job.ehrId(), job.id()));
	}

	private static Job job(ResultSet rs, int row) throws SQLException {
		String types = rs.getString("resource_types");
		return new Job(new BackfillId(rs.getObject("id", UUID.class)), EhrId.of(rs.getString("ehr_id")),
				BackfillState.valueOf(rs.getString("state")), rs.getString("method"),
				types == null || types.isBlank() ? List.of() : Arrays.asList(types.split(",")),
				instant(rs.getTimestamp("since")), rs.getString("group_id"), rs.getString("status_url"),
				instant(rs.getTimestamp("transaction_time")));
	}

	private Timestamp now() {
		return Timestamp.from(clock.instant());
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** A job as the runner needs it. */
	record Job(BackfillId id, EhrId ehrId, BackfillState state, String method, List<String> types,
			@Nullable Instant since, @Nullable String group, @Nullable String statusUrl,
			@Nullable Instant transactionTime) {
	}

	/**
	 * One NDJSON file of the manifest (for a search backfill: one type, {@code url} its name).
	 * @param expected the resources the manifest announced, if it did
	 */
	record ExportFile(int position, String resourceType, String url, @Nullable Long expected, long linesDone,
			boolean done) {
	}

}
