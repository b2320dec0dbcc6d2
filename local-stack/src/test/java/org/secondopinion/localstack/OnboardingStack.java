package org.secondopinion.localstack;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.secondopinion.testing.keycloak.KeycloakServer;

/**
 * The services of one onboarding run as processes from their executable jars, {@code instances} of each of the
 * gateway, the assessment and the notification service, on a PostgreSQL and a KRaft broker of their own (so that
 * every run starts empty) and the build's shared Keycloak, pulling from a sandbox EHR that outlives the run. The
 * gateways' incremental sync reads only {@code Flag} and the directory types (the sandbox has few of those), so that
 * what reaches the patients' pictures comes from the backfill that is measured.
 */
final class OnboardingStack implements AutoCloseable {

	static final String EHR = "onboard";

	static final Duration START_TIMEOUT = Duration.ofMinutes(10);

	private final Path projectRoot;

	private final Path dir;

	private final ProcessLedger ledger;

	private final String fhirBase;

	private final int dbPort = freePort();

	private final int kafkaPort = freePort();

	private final int smtpPort = freePort();

	private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

	private final Map<String, Integer> ports = new LinkedHashMap<>();

	private final KeycloakServer keycloak = KeycloakServer.shared();

	private final LocalPostgres db;

	private final LocalKafka kafka;

	private final GreenMail smtp;

	private final Admin admin;

	OnboardingStack(Path projectRoot, Path dir, ProcessLedger ledger, String fhirBase, int instances) throws Exception {
		this.projectRoot = projectRoot;
		this.dir = dir;
		this.ledger = ledger;
		this.fhirBase = fhirBase;
		this.db = LocalPostgres.start(dir.resolve("postgres"), dbPort, ledger);
		this.kafka = LocalKafka.start(dir, kafkaPort, freePort(), ledger);
		this.smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		Properties config = new Properties();
		config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
		this.admin = Admin.create(config);
		for (int i = 1; i <= instances; i++) {
			start("assessment-service", i);
			start("notification-service", i);
			start("fhir-gateway", i);
		}
		for (ServiceProcess service : services.values()) {
			service.awaitReady(START_TIMEOUT);
		}
	}

	/** The base URL of the first gateway, where the backfill is requested. */
	String gatewayUrl() {
		return "http://127.0.0.1:" + ports.get("fhir-gateway-1");
	}

	/** The services by name ({@code fhir-gateway-1}, …), for their peak RSS. */
	Map<String, ServiceProcess> services() {
		return services;
	}

	/** The sum of the latest offsets of {@code topic}: every record ever written to it. */
	long written(String topic) throws ExecutionException, InterruptedException {
		Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
		for (TopicPartition partition : partitions(topic)) {
			latest.put(partition, OffsetSpec.latest());
		}
		if (latest.isEmpty()) {
			return 0;
		}
		return admin.listOffsets(latest).all().get().values().stream().mapToLong(info -> info.offset()).sum();
	}

	/** The sum of {@code group}'s committed offsets on {@code topic}: the records it has processed. */
	long consumed(String group, String topic) throws ExecutionException, InterruptedException {
		Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
			.partitionsToOffsetAndMetadata()
			.get();
		return offsets.entrySet()
			.stream()
			.filter(entry -> entry.getKey().topic().equals(topic) && entry.getValue() != null)
			.mapToLong(entry -> entry.getValue().offset())
			.sum();
	}

	/** Cases of the EHR in the notification service's database. */
	long cases() throws SQLException {
		try (Connection connection = DriverManager.getConnection(db.urlFor("notification"), "postgres", "postgres");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*) from care_case where ehr_id = '" + EHR + "'")) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private List<TopicPartition> partitions(String topic) throws ExecutionException, InterruptedException {
		if (!admin.listTopics().names().get().contains(topic)) {
			return List.of();
		}
		TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
		return description.partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
	}

	private void start(String module, int instance) throws IOException {
		String name = module + "-" + instance;
		int port = freePort();
		ports.put(name, port);
		List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--spring.main.banner-mode=off",
				"--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
				"--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + keycloak.issuerUri(),
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres"));
		String schema = switch (module) {
			case "assessment-service" -> "assessment";
			case "notification-service" -> "notification";
			default -> "gateway";
		};
		args.addAll(List.of("--spring.datasource.url=" + db.urlFor(schema), "--spring.flyway.schemas=" + schema,
				"--spring.flyway.default-schema=" + schema));
		switch (module) {
			case "notification-service" -> args.addAll(List.of("--spring.mail.host=127.0.0.1",
					"--spring.mail.port=" + smtpPort,
					"--second-opinion.notification.ui.client-secret=" + keycloak.clientSecret("coordinator-ui"),
					"--second-opinion.notification.record.base-url=http://127.0.0.1:" + ports.get("assessment-service-1"),
					"--second-opinion.notification.record.client-secret=" + keycloak.clientSecret("notification-service")));
			case "fhir-gateway" -> args.addAll(List.of("--second-opinion.gateway.ehrs[0].id=" + EHR,
					"--second-opinion.gateway.ehrs[0].base-url=" + fhirBase,
					"--second-opinion.gateway.ehrs[0].resource-types[0]=Flag", "--second-opinion.gateway.poll-interval=1h",
					"--second-opinion.gateway.leases.owner=" + name));
			default -> {
			}
		}
		Path logs = dir.resolve("logs").resolve(name);
		Files.createDirectories(logs);
		services.put(name, ServiceProcess.start(projectRoot, module, port, args, logs, ledger));
	}

	/** The process's peak resident set ({@code VmHWM} of {@code /proc/<pid>/status}), in bytes; -1 when unreadable. */
	static long peakRss(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// the process is gone, or not Linux
		}
		return -1;
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() throws Exception {
		admin.close();
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
