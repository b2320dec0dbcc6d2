package org.secondopinion.testing.fhir;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * A stock HAPI FHIR JPA server (R4, module {@code reference-fhir-server}) at {@code http://127.0.0.1:<port>/fhir},
 * with HAPI's default behaviours: search results reused for 60 s, pages of at most 50 behind {@code _getpages}
 * links, Bulk Data {@code $export} as batch jobs, rest-hook subscriptions, type-level {@code _history}.
 * <p>
 * Tests use {@link #shared()}: one server per Maven build, so each test must use data of its own (unique ids or
 * tags). {@link #start(int)} starts one for this JVM alone (benchmarks, the local stack).
 * {@link #startTerminologyServer(int)} starts one for this JVM alone that is also a terminology server (Hibernate
 * Search indexes stored code systems; {@code ValueSet/$expand}, {@code $validate-code}, {@code CodeSystem/$lookup}
 * and {@code $subsumes} served): the shared server leaves that off, as it costs start time and every write.
 */
public final class ReferenceFhirServer implements AutoCloseable {

	static final String PORT_PROPERTY = "second-opinion.reference-fhir.port";

	static final int DEFAULT_PORT = 18190;

	private static @Nullable ReferenceFhirServer shared;

	private final int port;

	private final @Nullable ServerProcess ownProcess;

	ReferenceFhirServer(int port, @Nullable ServerProcess ownProcess) {
		this.port = port;
		this.ownProcess = ownProcess;
	}

	/**
	 * The server of this build, on port 18190 (system property {@code second-opinion.reference-fhir.port}):
	 * started by the first test JVM that asks, reused by all later ones, stopped when the Maven build ends (or,
	 * outside Maven, when this JVM ends). {@link #close()} leaves it running.
	 */
	public static synchronized ReferenceFhirServer shared() {
		if (shared == null) {
			shared = SharedReferenceServer.obtain(Integer.getInteger(PORT_PROPERTY, DEFAULT_PORT));
		}
		return shared;
	}

	/** Starts a server for this JVM alone, with a fresh database; it stops on {@link #close()} or when this JVM ends. */
	public static ReferenceFhirServer start(int port) {
		ServerProcess process = ServerProcess.launch(ServerOptions.of(port), ProcessHandle.current());
		return new ReferenceFhirServer(port, process);
	}

	/**
	 * Starts a server for this JVM alone, with a fresh database, whose subscription engine submits queued resource
	 * changes to matching every {@code submitInterval} instead of HAPI's 5 s (a deployment's tuning of that
	 * scheduler); it stops on {@link #close()} or when this JVM ends.
	 */
	public static ReferenceFhirServer start(int port, Duration submitInterval) {
		ServerProcess process = ServerProcess.launch(ServerOptions.of(port).withSubscriptionSubmitMillis(submitInterval.toMillis()),
				ProcessHandle.current());
		return new ReferenceFhirServer(port, process);
	}

	/**
	 * Starts a server for this JVM alone that is also a terminology server, with a fresh database and index; it stops
	 * on {@link #close()} or when this JVM ends. Concepts of a {@code CodeSystem} written to it become expandable once
	 * HAPI has stored and indexed them, which it may defer: poll {@code $expand} until they come.
	 */
	public static ReferenceFhirServer startTerminologyServer(int port) {
		ServerProcess process = ServerProcess.launch(ServerOptions.of(port, true), ProcessHandle.current());
		return new ReferenceFhirServer(port, process);
	}

	/** {@code http://127.0.0.1:<port>/fhir}, without a trailing slash. */
	public String baseUrl() {
		return "http://127.0.0.1:" + this.port + "/fhir";
	}

	/** {@link #baseUrl()} as a URI. */
	public URI baseUri() {
		return URI.create(baseUrl());
	}

	public int port() {
		return this.port;
	}

	/** Stops the server this instance started; does nothing for {@link #shared()}. */
	@Override
	public void close() {
		if (this.ownProcess != null) {
			this.ownProcess.stop();
		}
	}

}
