package org.secondopinion.assessment.cds;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * Remembers the {@code jti} of every accepted EHR token until it expires, in PostgreSQL so that a replay is refused
 * by every instance and after a restart.
 */
@Repository
class TokenUses {

	private final JdbcClient jdbc;

	TokenUses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether this is the first use of the token; a second use is a replay. */
	boolean firstUse(String issuer, String jti, Instant expiresAt) {
		return jdbc.sql("insert into cds_token_use (issuer, jti, expires_at) values (?, ?, ?) on conflict do nothing")
			.params(issuer, jti, Timestamp.from(expiresAt))
			.update() == 1;
	}

	@Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
	void forgetExpired() {
		jdbc.sql("delete from cds_token_use where expires_at < now() - interval '5 minutes'").update();
	}

}
