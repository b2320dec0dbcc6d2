package org.secondopinion.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;

/** Embedded PostgreSQL whose data survives restarts, or an existing server given by URL. */
final class LocalPostgres implements AutoCloseable {

	static final int PORT = 15432;

	private final @Nullable EmbeddedPostgres embedded;

	private final String url;

	private final String description;

	private LocalPostgres(@Nullable EmbeddedPostgres embedded, String url, String description) {
		this.embedded = embedded;
		this.url = url;
		this.description = description;
	}

	static LocalPostgres start(StackOptions options, ProcessLedger ledger) throws IOException {
		if (options.dbUrl() != null) {
			String url = options.dbUrl();
			return new LocalPostgres(null, url, url.replaceAll("password=[^&]*", "password=***"));
		}
		return start(options.dataDir().resolve("postgres"), PORT, ledger);
	}

	/** A server keeping its data in {@code directory} on {@code port}; started again there it has the same data. */
	static LocalPostgres start(Path directory, int port, ProcessLedger ledger) throws IOException {
		Path data = directory.toAbsolutePath();
		Files.createDirectories(data);
		EmbeddedPostgres embedded = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.setPort(port)
			// stopped by the stack after the services that use it, not by a hook of its own while they still run
			.setRegisterShutdownHook(false)
			.start();
		postmaster(data).ifPresent(process -> ledger.record("PostgreSQL", process));
		String url = embedded.getJdbcUrl("postgres", "postgres");
		return new LocalPostgres(embedded, url, url + " (embedded, data in " + data + ")");
	}

	/** The server's main process, as PostgreSQL writes it on the first line of {@code postmaster.pid}. */
	private static java.util.Optional<ProcessHandle> postmaster(Path data) throws IOException {
		Path pidFile = data.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return java.util.Optional.empty();
		}
		String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
		return first.matches("\\d+") ? ProcessHandle.of(Long.parseLong(first)) : java.util.Optional.empty();
	}

	/** The JDBC URL a service uses: the same database, one schema per service. */
	String urlFor(String schema) {
		return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	String describe() {
		return description;
	}

	@Override
	public void close() throws IOException {
		if (embedded != null) {
			embedded.close();
		}
	}

}
