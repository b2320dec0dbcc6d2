package org.secondopinion.notification.writeback;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes events to publish inside the caller's transaction: they leave only if the transaction commits. */
@Repository
class Outbox {

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(UUID id, String topic, String key, byte[] payload) {
		jdbc.sql("insert into outbox (id, topic, message_key, payload) values (?, ?, ?, ?)")
			.params(id, topic, key, payload)
			.update();
	}

}
