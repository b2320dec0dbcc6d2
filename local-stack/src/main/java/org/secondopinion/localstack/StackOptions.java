package org.secondopinion.localstack;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The command line of the local stack.
 * @param ehrUrl an existing FHIR R4 server to use instead of the sandbox
 * @param dbUrl an existing PostgreSQL server to use instead of the embedded one
 * @param kafka an existing Kafka broker ({@code host:port}) to use instead of the embedded one
 * @param processes each service in a JVM of its own, started from its executable jar, instead of all in this one
 * @param smtpPort the port of the stack's own SMTP server; 0: a free one
 */
record StackOptions(int patients, long seed, @Nullable String ehrUrl, @Nullable String ehrToken,
		@Nullable String dbUrl, @Nullable String dbUser, @Nullable String dbPassword, @Nullable String kafka,
		Path dataDir, @Nullable String liveClinic, @Nullable Path evaluate, boolean processes, int smtpPort) {

	static final String USAGE = """
			Usage: local-stack [--patients=N] [--seed=S] [--ehr-url=URL [--ehr-token=TOKEN]]
			                   [--db-url=jdbc:postgresql://... [--db-user=U] [--db-password=P]] [--kafka=host:port]
			                   [--data-dir=DIR] [--live-clinic=10s] [--evaluate=DIR] [--processes] [--smtp-port=N]
			  --patients=N   sandbox EHR population (default 50)
			  --seed=S       sandbox EHR random seed (default 42)
			  --ehr-url      use an existing FHIR R4 server instead of the sandbox (no auth, or --ehr-token)
			  --db-url       use an existing PostgreSQL server instead of the embedded one
			  --kafka        use an existing Kafka broker instead of the embedded one
			  --data-dir     where embedded PostgreSQL and Kafka keep their data (default .local-stack)
			  --live-clinic=10s  the sandbox keeps adding visits and orders at this pace (off by default)
			  --evaluate=DIR load the evaluation set in DIR into the EHR, score the assessment service on it
			                 (precision and recall per criterion), print the table and stop; starts from
			                 empty databases in .local-stack/evaluation and no Synthea patients unless told
			  --processes    run each service as its own process from its executable jar (java -jar), logs in
			                 DIR/logs, instead of all services in this JVM
			  --smtp-port=N  port of the stack's own SMTP server that receives the alerts (default: a free one)""";

	/** An evaluation starts from empty databases, apart from the demo's data. */
	static final String EVALUATION_DATA_DIR = ".local-stack/evaluation";

	private static final List<String> KNOWN = List.of("patients", "seed", "ehr-url", "ehr-token", "db-url", "db-user",
			"db-password", "kafka", "data-dir", "live-clinic", "evaluate", "processes", "smtp-port");

	/** Options that are switches: given without a value. */
	private static final List<String> SWITCHES = List.of("processes");

	static StackOptions parse(String... args) {
		Map<String, String> values = Arrays.stream(args)
			.flatMap(arg -> Arrays.stream(arg.trim().split("\\s+")))
			.filter(arg -> !arg.isBlank())
			.map(StackOptions::option)
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> b));
		boolean evaluating = values.containsKey("evaluate");
		return new StackOptions(integer(values, "patients", evaluating ? 0 : 50), Long.parseLong(values.getOrDefault("seed", "42")),
				values.get("ehr-url"), values.get("ehr-token"), values.get("db-url"), values.get("db-user"),
				values.get("db-password"), values.get("kafka"), Path.of(values.getOrDefault("data-dir", evaluating ? EVALUATION_DATA_DIR : ".local-stack")),
				values.get("live-clinic"), values.containsKey("evaluate") ? Path.of(values.get("evaluate")) : null,
				Boolean.parseBoolean(values.getOrDefault("processes", "false")), integer(values, "smtp-port", 0));
	}

	private static Map.Entry<String, String> option(String arg) {
		if (arg.startsWith("--") && SWITCHES.contains(arg.substring(2))) {
			return Map.entry(arg.substring(2), "true");
		}
		if (!arg.startsWith("--") || !arg.contains("=")) {
			throw new IllegalArgumentException("Unknown argument '" + arg + "'\n" + USAGE);
		}
		String name = arg.substring(2, arg.indexOf('='));
		if (!KNOWN.contains(name)) {
			throw new IllegalArgumentException("Unknown option --" + name + "\n" + USAGE);
		}
		return Map.entry(name, arg.substring(arg.indexOf('=') + 1));
	}

	private static int integer(Map<String, String> values, String name, int fallback) {
		try {
			return Integer.parseInt(values.getOrDefault(name, String.valueOf(fallback)));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--" + name + " takes a whole number\n" + USAGE, ex);
		}
	}

	int sandboxPort() {
		return 8090;
	}

	/** The stack's tools server: the mail it received ({@code /mail}) and the sandbox EHR's CDS Hooks client. */
	int toolsPort() {
		return 8095;
	}

}
