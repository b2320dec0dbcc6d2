package org.secondopinion.messaging;

import java.net.ConnectException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.secondopinion.events.InvalidEventException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

class InfrastructureOutageTests {

	@Test
	void aDatabaseThatCannotBeReachedIsAnOutageHoweverDeepTheCause() {
		assertThat(InfrastructureOutage.isCause(new ListenerExecutionFailedException("listener failed",
				new CannotCreateTransactionException("no connection", new SQLException("refused", "08001")))))
			.isTrue();
		assertThat(InfrastructureOutage.isCause(new CannotGetJdbcConnectionException("pool exhausted"))).isTrue();
		assertThat(InfrastructureOutage.isCause(new IllegalStateException(new ConnectException("Connection refused"))))
			.isTrue();
	}

	@Test
	void aServerShuttingDownIsAnOutage() {
		assertThat(InfrastructureOutage.isCause(new SQLException("terminating connection due to administrator command",
				"57P01"))).isTrue();
	}

	@Test
	void aFailureOfTheRecordIsNot() {
		assertThat(InfrastructureOutage.isCause(new InvalidEventException("no id"))).isFalse();
		assertThat(InfrastructureOutage.isCause(new SQLException("duplicate key", "23505"))).isFalse();
		assertThat(InfrastructureOutage.isCause(new IllegalStateException("bug"))).isFalse();
		assertThat(InfrastructureOutage.isCause(null)).isFalse();
	}

}
