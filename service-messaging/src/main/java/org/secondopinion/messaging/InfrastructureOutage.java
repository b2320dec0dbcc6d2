package org.secondopinion.messaging;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure of the infrastructure (the database is down or restarting, a connection was refused or lost) from
 * a failure of the record. The first says nothing about the record: it must wait until the infrastructure is back,
 * however long that takes, and never be dead-lettered.
 */
final class InfrastructureOutage {

	private InfrastructureOutage() {
	}

	/** Whether {@code failure} or any of its causes says that the database or another server could not be reached. */
	static boolean isCause(@Nullable Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessResourceException
					|| cause instanceof CannotCreateTransactionException || cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLRecoverableException || cause instanceof ConnectException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				// connection exception, or the server is shutting down or starting up (PostgreSQL's 57P01-57P03)
				return true;
			}
		}
		return false;
	}

}
