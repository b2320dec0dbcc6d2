package org.secondopinion.localstack;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.secondopinion.events.Topics;
import org.secondopinion.testing.keycloak.KeycloakServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole system as real processes for the fault tests: a PostgreSQL and a KRaft broker this test owns (so that
 * it may stop them), the build's shared Keycloak, GreenMail receiving the notification service's e-mail, and the
 * sandbox EHR, the assessment, notification and gateway services each started from its executable jar. Settings
 * are shortened (poll intervals, lease time-to-live, backoffs) so that recovery takes seconds.
 */
final class FaultStack implements AutoCloseable {

	static final String EHR = "sandbox";

	/** Surefire runs in the module's directory; the project is its parent. */
	private static final Path PROJECT_ROOT = Path.of("..");

	static final Duration START_TIMEOUT = Duration.ofMinutes(5);

	private static final Pattern CASE_LINK = Pattern.compile("/cases/([0-9a-f-]{36})");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Path dir;

	private final ProcessLedger ledger;

	private final int dbPort = freePort();

	private final int kafkaPort = freePort();

	private final int controllerPort = freePort();

	private final int smtpPort = freePort();

	private final int sandboxPort = freePort();

	private final int assessmentPort = freePort();

	private final int notificationPort = freePort();

	private final Map<String, Integer> gatewayPorts = new LinkedHashMap<>();

	private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

	private final KeycloakServer keycloak = KeycloakServer.shared();

	private final HttpClient http = HttpClient.newHttpClient();

	private LocalPostgres db;

	private LocalKafka kafka;

	private final GreenMail smtp;

	FaultStack(Path dir) throws Exception {
		this.dir = dir;
		this.ledger = ProcessLedger.takeOver(dir, line -> { });
		this.db = LocalPostgres.start(dir.resolve("postgres"), dbPort, ledger);
		this.kafka = LocalKafka.start(dir, kafkaPort, controllerPort, ledger);
		this.smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		start("sandbox-ehr");
		start("assessment-service");
		start("notification-service");
		start("gateway-a");
		for (ServiceProcess service : List.copyOf(services.values())) {
			service.awaitReady(START_TIMEOUT);
		}
	}

	String fhirBase() {
		return "http://127.0.0.1:" + sandboxPort + "/fhir";
	}

	/** Starts (or starts again, with the same command line) one of the services, without waiting for it. */
	ServiceProcess start(String name) throws IOException {
		List<String> args = switch (name) {
			case "sandbox-ehr" -> List.of("--server.port=" + sandboxPort, "--spring.main.banner-mode=off",
					"--second-opinion.sandbox.patients=0");
			case "assessment-service" -> service("assessment", assessmentPort);
			case "notification-service" -> notificationArguments();
			default -> gatewayArguments(name);
		};
		String module = name.startsWith("gateway-") ? "fhir-gateway" : name;
		ServiceProcess process = ServiceProcess.start(PROJECT_ROOT, module, portOf(name), args, dir.resolve("logs").resolve(name),
				ledger);
		services.put(name, process);
		return process;
	}

	/** Kills the service with SIGKILL, as {@code kill -9} does. */
	void kill(String name) throws InterruptedException {
		services.get(name).kill();
	}

	/** Kills the service, starts it again and waits until it is ready. */
	void killAndRestart(String name) throws Exception {
		kill(name);
		start(name).awaitReady(START_TIMEOUT);
	}

	/** Stops the broker (SIGTERM) and starts it again on the same data and ports after {@code down}. */
	void restartKafka(Duration down) throws Exception {
		kafka.close();
		Thread.sleep(down.toMillis());
		kafka = LocalKafka.start(dir, kafkaPort, controllerPort, ledger);
	}

	/** Stops PostgreSQL for {@code down}, then starts it again on the same data and port. */
	void stopPostgres(Duration down) throws Exception {
		db.close();
		Thread.sleep(down.toMillis());
		db = LocalPostgres.start(dir.resolve("postgres"), dbPort, ledger);
	}

	/** Every FHIR request to the sandbox but {@code metadata} fails with 503 until {@link #ehrBack()}. */
	void ehrDown() throws Exception {
		admin("POST", "{\"failNext\": {\"count\": 100000000, \"status\": 503, \"retryAfterSeconds\": 1}}");
	}

	void ehrBack() throws Exception {
		admin("DELETE", null);
	}

	/** The gateway instance that holds a sync lease now, and the lease. */
	Optional<Map.Entry<String, String>> syncLeaseHolder() throws SQLException {
		try (Connection connection = connect("gateway"); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select name, locked_by from lease "
						+ "where name like 'sync/%' and lock_until > now() order by locked_at desc limit 1")) {
			return rows.next() ? Optional.of(Map.entry(rows.getString("locked_by"), rows.getString("name")))
					: Optional.empty();
		}
	}

	/** The database's clock now, as the {@code lease} table writes it (UTC, no zone). */
	java.sql.Timestamp leaseClock() throws SQLException {
		try (Connection connection = connect("gateway"); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select timezone('utc', now())")) {
			rows.next();
			return rows.getTimestamp(1);
		}
	}

	/**
	 * The instance that took the lease {@code name} at or after {@code since} (by the database's clock), if any; a
	 * pass over a type is short, so the lease may already be handed back: ShedLock keeps its last holder's name.
	 */
	Optional<String> takenSince(String lease, java.sql.Timestamp since) throws SQLException {
		try (Connection connection = connect("gateway");
				var statement = connection.prepareStatement("select locked_by from lease where name = ? and locked_at >= ?")) {
			statement.setString(1, lease);
			statement.setTimestamp(2, since);
			try (ResultSet rows = statement.executeQuery()) {
				return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
			}
		}
	}

	/** Writes a record that no consumer can read to each topic; the keys written. */
	Map<String, String> writePoison(List<String> topics) {
		Map<String, String> keys = new LinkedHashMap<>();
		Properties config = new Properties();
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
		config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
		config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
			int n = 0;
			for (String topic : topics) {
				String key = EHR + "/Patient/poison-" + (++n);
				// not JSON at all, and a JSON envelope that breaks the contract
				producer.send(new ProducerRecord<>(topic, key, "\u0000not json{"));
				producer.send(new ProducerRecord<>(topic, key + "-envelope",
						"{\"specversion\":\"1.0\",\"id\":\"poison\",\"type\":\"no.such.type\",\"data\":{}}"));
				keys.put(key, topic);
				keys.put(key + "-envelope", topic);
			}
			producer.flush();
		}
		return keys;
	}

	/**
	 * Prints each consumer group's lag, the stacks of each service's listener and scheduler threads and the last
	 * warnings and errors of each service's log, so that a run that did not converge says where the stream stopped
	 * (the logs themselves go with the test's temporary directory).
	 */
	void printProblems() throws Exception {
		printLag();
		printDatabaseSessions();
		for (Map.Entry<String, ServiceProcess> service : services.entrySet()) {
			printListenerThreads(service.getKey(), service.getValue());
		}
		for (Map.Entry<String, ServiceProcess> service : services.entrySet()) {
			List<String> problems = new ArrayList<>();
			try (var lines = Files.lines(service.getValue().log())) {
				lines.filter(line -> line.contains(" WARN ") || line.contains(" ERROR ") || line.startsWith("Caused by"))
					.forEach(problems::add);
			}
			System.out.printf("--- %s: %d warnings and errors, the last %d:%n", service.getKey(), problems.size(),
					Math.min(30, problems.size()));
			problems.subList(Math.max(0, problems.size() - 30), problems.size())
				.forEach(line -> System.out.println(line.length() > 400 ? line.substring(0, 400) : line));
			List<String> all = new String(Files.readAllBytes(service.getValue().log()), java.nio.charset.StandardCharsets.UTF_8)
				.lines()
				.toList();
			System.out.printf("--- %s: the last %d lines of its log%n", service.getKey(), Math.min(25, all.size()));
			all.subList(Math.max(0, all.size() - 25), all.size())
				.forEach(line -> System.out.println(line.length() > 300 ? line.substring(0, 300) : line));
		}
	}

	/** Prints, per consumer group, the partitions whose committed offset is behind the end of the log. */
	private void printLag() throws Exception {
		Properties config = new Properties();
		config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
		try (Admin admin = Admin.create(config)) {
			for (var group : admin.listGroups().all().get(30, TimeUnit.SECONDS)) {
				Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
					.partitionsToOffsetAndMetadata()
					.get(30, TimeUnit.SECONDS);
				Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
				committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
				var ends = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
				List<String> behind = new ArrayList<>();
				committed.forEach((partition, offset) -> {
					long end = ends.get(partition).offset();
					if (offset != null && offset.offset() < end) {
						behind.add(partition + " at " + offset.offset() + " of " + end);
					}
				});
				System.out.printf("--- consumer group %s: %d partitions behind %s%n", group.groupId(), behind.size(),
						behind);
			}
		}
	}

	/**
	 * Prints the stacks of the service's threads that run our code or Kafka's consumers and producers, virtual threads
	 * included ({@code jcmd Thread.dump_to_file}).
	 */
	private void printListenerThreads(String name, ServiceProcess service) throws Exception {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		Path file = dir.resolve("threads-" + name + "-" + System.nanoTime() + ".txt");
		Process dump = new ProcessBuilder(jcmd.toString(), String.valueOf(service.pid()), "Thread.dump_to_file", "-format=text",
				file.toString())
			.redirectErrorStream(true)
			.start();
		dump.getInputStream().readAllBytes();
		dump.waitFor(30, TimeUnit.SECONDS);
		if (!Files.exists(file)) {
			System.out.printf("--- %s: no thread dump%n", name);
			return;
		}
		System.out.printf("--- %s: threads in our code or in Kafka's clients%n", name);
		for (String thread : Files.readString(file).split("\\n\\s*\\n")) {
			if (thread.contains("org.secondopinion") || thread.contains("KafkaMessageListenerContainer")) {
				thread.strip().lines().limit(45).forEach(System.out::println);
				System.out.println();
			}
		}
	}

	/** Prints the database sessions that are not idle, and the locks waited for. */
	private void printDatabaseSessions() throws SQLException {
		try (Connection connection = connect("notification"); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("""
						select datname, pid, state, wait_event_type, wait_event, now() - xact_start as open_for,
						       pg_blocking_pids(pid) as blocked_by, left(query, 160) as query
						from pg_stat_activity where backend_type = 'client backend' and state <> 'idle'
						  and pid <> pg_backend_pid() order by xact_start""")) {
			System.out.println("--- database sessions that are not idle");
			while (rows.next()) {
				System.out.printf("%s pid=%d %s wait=%s/%s open=%s blockedBy=%s %s%n", rows.getString(1), rows.getInt(2),
						rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
						rows.getString(8).replaceAll("\\s+", " "));
			}
		}
	}

	/** The keys of every record in the dead-letter topics of {@code topics}, per dead-letter topic. */
	Map<String, List<String>> deadLetters(List<String> topics) {
		Map<String, List<String>> found = new LinkedHashMap<>();
		Properties config = new Properties();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
		config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
		config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
		config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
			for (String topic : topics) {
				String dlt = Topics.deadLetter(topic);
				List<String> keys = new ArrayList<>();
				List<PartitionInfo> partitions = consumer.partitionsFor(dlt, Duration.ofSeconds(10));
				if (partitions != null && !partitions.isEmpty()) {
					List<TopicPartition> assigned = partitions.stream()
						.map(p -> new TopicPartition(dlt, p.partition()))
						.toList();
					consumer.assign(assigned);
					consumer.seekToBeginning(assigned);
					Map<TopicPartition, Long> ends = consumer.endOffsets(assigned);
					long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
					while (assigned.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))
							&& System.nanoTime() < deadline) {
						for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
							keys.add(String.valueOf(record.key()));
						}
					}
				}
				found.put(dlt, keys);
			}
		}
		return found;
	}

	/** What the system made of the stream whose patient ids start with {@code prefix}. */
	Outcome outcome(String prefix) throws SQLException, IOException, InterruptedException {
		Map<String, Integer> casesPerPatient = new HashMap<>();
		Map<String, String> patientOfCase = new HashMap<>();
		try (Connection connection = connect("notification");
				var statement = connection
					.prepareStatement("select id, patient_id from care_case where ehr_id = ? and patient_id like ?")) {
			statement.setString(1, EHR);
			statement.setString(2, prefix + "-%");
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					casesPerPatient.merge(rows.getString("patient_id"), 1, Integer::sum);
					patientOfCase.put(rows.getString("id"), rows.getString("patient_id"));
				}
			}
		}
		int duplicateCases = casesPerPatient.values().stream().mapToInt(n -> n - 1).sum();

		// e-mails: copies received per case (one per recipient) beyond the case's distinct recipients are duplicates
		Map<String, Integer> copies = new HashMap<>();
		Map<String, Set<String>> recipients = new HashMap<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			Matcher link = CASE_LINK.matcher(GreenMailUtil.getBody(message));
			if (link.find() && patientOfCase.containsKey(link.group(1))) {
				copies.merge(link.group(1), 1, Integer::sum);
				recipients.computeIfAbsent(link.group(1), k -> new HashSet<>()).addAll(addresses(message));
			}
		}
		int duplicateMails = copies.entrySet().stream().mapToInt(e -> e.getValue() - recipients.get(e.getKey()).size()).sum();
		Set<String> mailed = new TreeSet<>();
		copies.keySet().forEach(caseId -> mailed.add(patientOfCase.get(caseId)));

		// Tasks in the EHR, by identifier
		Map<String, Integer> tasksPerIdentifier = new HashMap<>();
		Set<String> tasked = new TreeSet<>();
		String next = fhirBase() + "/Task?_count=500";
		while (next != null) {
			JsonNode bundle = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(next)).build(),
					HttpResponse.BodyHandlers.ofString()).body());
			for (JsonNode entry : bundle.path("entry")) {
				JsonNode task = entry.path("resource");
				String patient = task.path("for").path("reference").asString("").replace("Patient/", "");
				if (patient.startsWith(prefix + "-")) {
					tasked.add(patient);
					for (JsonNode identifier : task.path("identifier")) {
						tasksPerIdentifier.merge(identifier.path("system").asString("") + "|" + identifier.path("value").asString(""),
								1, Integer::sum);
					}
				}
			}
			next = null;
			for (JsonNode link : bundle.path("link")) {
				if ("next".equals(link.path("relation").asString(""))) {
					next = link.path("url").asString();
				}
			}
		}
		int duplicateTasks = tasksPerIdentifier.values().stream().mapToInt(n -> n - 1).sum();
		return new Outcome(new TreeSet<>(casesPerPatient.keySet()), duplicateCases, mailed, duplicateMails, tasked,
				duplicateTasks);
	}

	/** The cases, alerted cases and Tasks of a stream, and how many of each came twice. */
	record Outcome(Set<String> cases, int duplicateCases, Set<String> mailed, int duplicateMails, Set<String> tasked,
			int duplicateTasks) {

		int duplicates() {
			return duplicateCases + duplicateMails + duplicateTasks;
		}

		boolean complete(Set<String> expected) {
			return cases.containsAll(expected) && mailed.containsAll(expected) && tasked.containsAll(expected);
		}

	}

	private static Set<String> addresses(MimeMessage message) {
		Set<String> addresses = new HashSet<>();
		try {
			Address[] all = message.getAllRecipients();
			if (all != null) {
				for (Address address : all) {
					addresses.add(address.toString());
				}
			}
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
		return addresses;
	}

	private Connection connect(String schema) throws SQLException {
		return DriverManager.getConnection(db.urlFor(schema), "postgres", "postgres");
	}

	private void admin(String method, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + sandboxPort + "/admin/faults"))
			.header("Content-Type", "application/json");
		request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
				: request.method(method, HttpRequest.BodyPublishers.ofString(body));
		int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		if (status / 100 != 2) {
			throw new IllegalStateException("The sandbox refused the fault switch: " + status);
		}
	}

	private int portOf(String name) {
		return switch (name) {
			case "sandbox-ehr" -> sandboxPort;
			case "assessment-service" -> assessmentPort;
			case "notification-service" -> notificationPort;
			default -> gatewayPorts.computeIfAbsent(name, n -> freePort());
		};
	}

	private List<String> service(String schema, int port) {
		return new ArrayList<>(List.of("--server.port=" + port, "--spring.main.banner-mode=off",
				"--spring.datasource.url=" + db.urlFor(schema), "--spring.datasource.username=postgres",
				"--spring.datasource.password=postgres", "--spring.flyway.schemas=" + schema,
				"--spring.flyway.default-schema=" + schema, "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
				"--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + keycloak.issuerUri()));
	}

	private List<String> notificationArguments() {
		List<String> args = service("notification", notificationPort);
		args.addAll(List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
				"--second-opinion.notification.delivery.poll-interval=500ms",
				"--second-opinion.notification.delivery.initial-backoff=1s",
				"--second-opinion.notification.delivery.max-backoff=5s",
				"--second-opinion.notification.delivery.claim-timeout=5s",
				"--second-opinion.notification.ui.client-secret=" + keycloak.clientSecret("coordinator-ui"),
				"--second-opinion.notification.record.base-url=http://127.0.0.1:" + assessmentPort,
				"--second-opinion.notification.record.client-secret=" + keycloak.clientSecret("notification-service")));
		return args;
	}

	private List<String> gatewayArguments(String name) {
		List<String> args = service("gateway", portOf(name));
		args.addAll(List.of("--second-opinion.gateway.ehrs[0].id=" + EHR, "--second-opinion.gateway.ehrs[0].base-url=" + fhirBase(),
				"--second-opinion.gateway.poll-interval=300ms", "--second-opinion.gateway.page-size=200",
				"--second-opinion.gateway.leases.owner=" + name, "--second-opinion.gateway.leases.time-to-live=6s",
				"--second-opinion.gateway.leases.renew-every=2s", "--second-opinion.gateway.leases.wait-for-push=2s",
				"--second-opinion.gateway.retry.max-backoff=2s", "--second-opinion.gateway.retry.request-timeout=10s",
				"--second-opinion.gateway.circuit-breaker.open-for=3s"));
		return args;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() throws Exception {
		List<ServiceProcess> running = new ArrayList<>(services.values());
		running.forEach(ServiceProcess::terminate);
		for (ServiceProcess service : running) {
			service.close();
		}
		smtp.stop();
		kafka.close();
		db.close();
	}

}
