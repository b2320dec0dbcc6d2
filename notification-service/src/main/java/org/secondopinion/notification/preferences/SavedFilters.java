package org.secondopinion.notification.preferences;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The worklist filters each user saved under a name, kept per user subject: a user sees, applies and deletes only
 * their own. Saving under a name already taken replaces that filter.
 */
@Repository
public class SavedFilters {

	/** How many filters one user may keep. */
	public static final int MAX_PER_USER = 50;

	/** The longest name taken. */
	public static final int MAX_NAME = 60;

	private final JdbcClient jdbc;

	private final Clock clock;

	SavedFilters(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One saved filter: its name and the worklist query string it applies. */
	public record SavedFilter(UUID id, String name, String query) {
	}

	/** The user's saved filters, by name. */
	public List<SavedFilter> of(String subject) {
		return jdbc.sql("select id, name, query from saved_filter where subject = ? order by lower(name), id")
			.param(subject)
			.query((rs, row) -> new SavedFilter(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
			.list();
	}

	/**
	 * Saves the query under the name for the user, replacing a filter of that name.
	 * @return false when the user already keeps {@link #MAX_PER_USER} other filters
	 */
	public boolean save(String subject, String name, String query) {
		int updated = jdbc.sql("update saved_filter set query = ? where subject = ? and name = ?")
			.params(query, subject, name)
			.update();
		if (updated > 0) {
			return true;
		}
		long kept = jdbc.sql("select count(*) from saved_filter where subject = ?").param(subject).query(Long.class).single();
		if (kept >= MAX_PER_USER) {
			return false;
		}
		jdbc.sql("""
				insert into saved_filter (id, subject, name, query, created_at) values (?, ?, ?, ?, ?)
				on conflict (subject, name) do update set query = excluded.query""")
			.params(UUID.randomUUID(), subject, name, query, Timestamp.from(clock.instant()))
			.update();
		return true;
	}

	/** Deletes one of the user's filters; another user's filter is left alone. */
	public boolean delete(String subject, UUID id) {
		return jdbc.sql("delete from saved_filter where id = ? and subject = ?").params(id, subject).update() > 0;
	}

}
