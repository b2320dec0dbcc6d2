package org.secondopinion.testing.fhir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.secondopinion.testing.process.ProjectRoot;

/**
 * Where the reference server's build output is and how to run it: the module's classes and the classpath file its
 * build writes ({@code reference-fhir-server/target/}), a run directory per port under
 * {@code <project root>/target/reference-fhir-server/run/<port>/}.
 */
record ServerOptions(int port, Path module, Path runDirectory, boolean terminology, long subscriptionSubmitMillis) {

	static final String MAIN_CLASS = "org.secondopinion.reference.ReferenceFhirServer";

	/**
	 * Batch2 maintenance every 5 s instead of HAPI's minute, so that an export in a test starts and finishes in
	 * seconds; its status polls still answer {@code Retry-After: 120}.
	 */
	static final int BATCH_MAINTENANCE_SECONDS = 5;

	/** The heap of the server's JVM: enough for a few thousand resources and an export. */
	static final String MAX_HEAP = "-Xmx768m";

	static ServerOptions of(int port) {
		return of(port, false);
	}

	/** With {@code terminology}, the server also indexes code systems and serves {@code ValueSet/$expand}. */
	static ServerOptions of(int port, boolean terminology) {
		if (port <= 0 || port > 65535) {
			throw new IllegalArgumentException("Invalid port " + port);
		}
		Path root = ProjectRoot.find();
		return new ServerOptions(port, root.resolve("reference-fhir-server"),
				root.resolve("target").resolve("reference-fhir-server").resolve("run").resolve(String.valueOf(port)),
				terminology, 0);
	}

	/**
	 * These options with HAPI's pause between submissions of queued resource changes to subscription matching set
	 * to {@code millis} instead of its 5 s.
	 */
	ServerOptions withSubscriptionSubmitMillis(long millis) {
		return new ServerOptions(this.port, this.module, this.runDirectory, this.terminology, millis);
	}

	/**
	 * {@code java -cp <classes>:<classpath> ReferenceFhirServer --port <port> [--terminology]} with this JVM's java.
	 */
	List<String> command() {
		Path classes = this.module.resolve("target").resolve("classes");
		Path classpathFile = this.module.resolve("target").resolve("reference-fhir-server.classpath");
		if (!Files.isDirectory(classes) || !Files.isRegularFile(classpathFile)) {
			throw new IllegalStateException("The reference FHIR server is not built: " + classes + " or " + classpathFile
					+ " is missing. Build it first: ./mvnw -pl reference-fhir-server package");
		}
		String classpath;
		try {
			classpath = Files.readString(classpathFile, StandardCharsets.UTF_8).trim();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add(MAX_HEAP);
		command.add("-XX:+UseSerialGC");
		command.add("-XX:TieredStopAtLevel=1");
		if (Runtime.version().feature() >= 24) {
			command.add("--sun-misc-unsafe-memory-access=allow");
		}
		command.add("-cp");
		command.add(classes + java.io.File.pathSeparator + classpath);
		command.add(MAIN_CLASS);
		command.add("--port");
		command.add(String.valueOf(this.port));
		command.add("--batch-maintenance-seconds");
		command.add(String.valueOf(BATCH_MAINTENANCE_SECONDS));
		if (this.terminology) {
			command.add("--terminology");
		}
		if (this.subscriptionSubmitMillis > 0) {
			command.add("--subscription-submit-millis");
			command.add(String.valueOf(this.subscriptionSubmitMillis));
		}
		return command;
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.port + "/fhir";
	}

	Path stateFile() {
		return this.runDirectory.resolve(STATE_FILE);
	}

	static final String STATE_FILE = "server.json";

}
