package org.secondopinion.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;

import org.secondopinion.assessment.AssessmentServiceApplication;
import org.secondopinion.events.EhrId;
import org.secondopinion.events.PatientRef;
import org.secondopinion.gateway.FhirGatewayApplication;
import org.secondopinion.localstack.evaluation.Evaluation;
import org.secondopinion.localstack.evaluation.TokenCache;
import org.secondopinion.notification.NotificationServiceApplication;
import org.secondopinion.sandbox.SandboxEhrApplication;
import org.secondopinion.testing.keycloak.KeycloakOptions;
import org.secondopinion.testing.keycloak.KeycloakServer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the whole system on this machine, prints each URL when ready and a line starting with {@code READY},
 * then runs until interrupted (Ctrl+C).
 */
public final class LocalStack {

	private static final int KEYCLOAK_PORT = 8180;

	private final StackOptions options;

	private String issuer = "";

	private @Nullable KeycloakServer identity;

	private @Nullable ProcessLedger ledger;

	/** Services started as processes, waiting for their readiness probe. */
	private final List<Runnable> announcements = new ArrayList<>();

	private final List<AutoCloseable> running = Collections.synchronizedList(new ArrayList<>());

	private LocalStack(StackOptions options) {
		this.options = options;
	}

	public static void main(String[] args) throws Exception {
		StackOptions options;
		try {
			options = StackOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		quietLogging(options.evaluate() != null);
		LocalStack stack = new LocalStack(options);
		Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-shutdown"));
		try {
			stack.start();
		}
		catch (Exception ex) {
			System.err.println("The local stack could not start: " + ex.getMessage());
			stack.stop();
			System.exit(1);
		}
		if (options.evaluate() != null) {
			System.exit(stack.evaluate(options.evaluate()) ? 0 : 1);
		}
		new CountDownLatch(1).await();
	}

	private void start() throws Exception {
		Instant started = Instant.now();
		say("Starting Second Opinion on this machine (data in " + options.dataDir().toAbsolutePath() + ")");
		ProcessLedger ledger = ProcessLedger.takeOver(options.dataDir(), LocalStack::say);
		if (options.evaluate() != null && options.dataDir().equals(Path.of(StackOptions.EVALUATION_DATA_DIR))) {
			deleteRecursively(options.dataDir());
			ledger = ProcessLedger.takeOver(options.dataDir(), LocalStack::say);
		}
		this.ledger = ledger;
		ProcessLedger processes = ledger;
		CompletableFuture<LocalPostgres> postgres = CompletableFuture
			.supplyAsync(unchecked(() -> LocalPostgres.start(options, processes)));
		CompletableFuture<LocalKafka> kafka = CompletableFuture.supplyAsync(unchecked(() -> LocalKafka.start(options, processes)));
		CompletableFuture<KeycloakServer> keycloak = CompletableFuture
			.supplyAsync(() -> KeycloakServer.start(KeycloakOptions.defaults(KEYCLOAK_PORT).withTestFixtures(false)));
		String ehrUrl = options.ehrUrl();
		if (ehrUrl == null) {
			ehrUrl = "http://127.0.0.1:" + options.sandboxPort() + "/fhir";
			String sandbox = ehrUrl;
			service("sandbox-ehr", options.sandboxPort(), SandboxEhrApplication::start,
					() -> say("  Sandbox EHR       " + sandbox + "  (" + options.patients() + " Synthea patients, seed "
							+ options.seed() + ", plus the scenario patients of every criterion)"),
					"--server.port=" + options.sandboxPort(),
					"--second-opinion.sandbox.population.source=synthea",
					"--second-opinion.sandbox.population.patients=" + options.patients(),
					"--second-opinion.sandbox.population.seed=" + options.seed(),
					"--second-opinion.sandbox.scenarios.enabled=true",
					"--second-opinion.sandbox.live-clinic.enabled=" + (options.liveClinic() != null),
					"--second-opinion.sandbox.live-clinic.visit-every="
							+ (options.liveClinic() == null ? "10s" : options.liveClinic()));
		}
		LocalPostgres db = keep(postgres.join());
		say("  PostgreSQL        " + db.describe());
		LocalKafka broker = keep(kafka.join());
		say("  Kafka             " + broker.describe());
		KeycloakServer identity = keep(keycloak.join());
		this.identity = identity;
		issuer = identity.issuerUri();
		say("  Keycloak          " + identity.issuerUri() + "  (realm second-opinion)");

		LocalMail mail = keep(LocalMail.start(options.smtpPort()));
		String toolsUrl = "http://127.0.0.1:" + options.toolsPort();
		HttpServer tools = toolsServer(options.toolsPort());
		running.add(() -> tools.stop(0));
		LocalCdsClient cds = new LocalCdsClient(toolsUrl, ehr(), ehrUrl, "http://127.0.0.1:8082");
		mail.serveOn(tools);
		cds.serveOn(tools);
		tools.start();
		say("  Mail (SMTP)       " + mail.describe() + "  alerts received: " + toolsUrl + "/mail");

		if (options.processes()) {
			// the sandbox first: it shares the two cores with the services' start otherwise
			awaitAnnounced();
		}
		List<String> assessment = new ArrayList<>(List.of(service(db, broker, "assessment", 8082)));
		assessment.addAll(cds.assessmentArguments());
		PatientRef cdsPatient = options.ehrUrl() == null ? new PatientRef(ehr(), "scn-major-1") : null;
		service("assessment-service", 8082, AssessmentServiceApplication::start, () -> {
			say("  Assessment        http://127.0.0.1:8082/api/v1/flags");
			say("  CDS Hooks         curl " + cds.patientViewUrl(cdsPatient) + "  (patient-view as the EHR)");
		}, assessment.toArray(String[]::new));
		List<String> notification = new ArrayList<>(List.of(service(db, broker, "notification", 8080)));
		notification.addAll(mail.notificationArguments());
		notification.add("--second-opinion.notification.ui.client-secret=" + identity.clientSecret("coordinator-ui"));
		notification.add("--second-opinion.notification.record.base-url=http://127.0.0.1:8082");
		notification.add("--second-opinion.notification.record.client-secret=" + identity.clientSecret("notification-service"));
		service("notification-service", 8080, NotificationServiceApplication::start, () -> {
			say("  Coordinator UI    http://127.0.0.1:8080/  (sign in as coordinator)");
			say("  Worklist API      http://127.0.0.1:8080/api/v1/cases");
			say("  Undelivered alerts http://127.0.0.1:8080/admin/deliveries  (sign in as admin)");
		}, notification.toArray(String[]::new));
		List<String> gateway = new ArrayList<>(List.of(service(db, broker, "gateway", 8081)));
		gateway.add("--second-opinion.gateway.ehrs[0].id=" + ehr());
		gateway.add("--second-opinion.gateway.ehrs[0].base-url=" + ehrUrl);
		if (options.ehrToken() != null) {
			gateway.add("--second-opinion.gateway.ehrs[0].auth.type=bearer");
			gateway.add("--second-opinion.gateway.ehrs[0].auth.token=" + options.ehrToken());
		}
		service("fhir-gateway", 8081, FhirGatewayApplication::start,
				() -> say("  FHIR gateway      http://127.0.0.1:8081/api/v1/sync"), gateway.toArray(String[]::new));
		awaitAnnounced();
		awaitFirstCases(identity.accessToken("admin"));
		say("  Users (local only, passwords generated at each start; get tokens from the dev-cli client):");
		identity.users().forEach((user, password) -> say("    %-18s %s".formatted(user, password)));
		say("READY in " + Duration.between(started, Instant.now()).toSeconds()
				+ " s: open http://127.0.0.1:8080/ (Ctrl+C stops everything)");
	}

	/** Scores the assessment service on the evaluation set in {@code directory}, then stops everything. */
	private boolean evaluate(Path directory) {
		String ehrUrl = options.ehrUrl() == null ? "http://127.0.0.1:" + options.sandboxPort() + "/fhir" : options.ehrUrl();
		KeycloakServer keycloak = Objects.requireNonNull(identity, "started");
		TokenCache admin = new TokenCache(() -> keycloak.accessToken("admin"), Duration.ofMinutes(1));
		try {
			new Evaluation(URI.create(ehrUrl), URI.create("http://127.0.0.1:8082"), URI.create("http://127.0.0.1:8081"),
					ehr(), admin,
					Duration.ofMinutes(10), System.out).run(directory, LocalDate.now(ZoneOffset.UTC));
			return true;
		}
		catch (Exception ex) {
			System.err.println("The evaluation failed: " + ex.getMessage());
			return false;
		}
		finally {
			stop();
		}
	}

	/**
	 * The server of the stack's tools (the mail page, the sandbox EHR's CDS client) on the loopback interface. Each
	 * exchange runs on its own thread: {@code /cds/patient-view} waits for the assessment service, which meanwhile
	 * reads the client's JWK Set from this same server.
	 */
	static HttpServer toolsServer(int port) throws IOException {
		HttpServer tools = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
		tools.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		return tools;
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (!java.nio.file.Files.exists(directory)) {
			return;
		}
		try (var paths = java.nio.file.Files.walk(directory)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				java.nio.file.Files.delete(path);
			}
		}
	}

	private EhrId ehr() {
		return EhrId.of(options.ehrUrl() == null ? "sandbox" : "ehr");
	}

	private String[] service(LocalPostgres db, LocalKafka kafka, String schema, int port) {
		List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--spring.main.banner-mode=off",
				"--spring.datasource.url=" + db.urlFor(schema), "--spring.flyway.schemas=" + schema,
				"--spring.flyway.default-schema=" + schema, "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
				"--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer));
		if (options.dbUrl() == null) {
			args.add("--spring.datasource.username=postgres");
			args.add("--spring.datasource.password=postgres");
		}
		else {
			args.add("--spring.datasource.username=" + (options.dbUser() == null ? "" : options.dbUser()));
			args.add("--spring.datasource.password=" + (options.dbPassword() == null ? "" : options.dbPassword()));
		}
		return args.toArray(String[]::new);
	}

	/** Waits (up to a minute) until the first cases reached the worklist, so READY means "look now". */
	private void awaitFirstCases(String adminToken) throws InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		Instant deadline = Instant.now().plusSeconds(60);
		while (Instant.now().isBefore(deadline)) {
			try {
				String body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:8080/api/v1/cases?size=1"))
					.header("Authorization", "Bearer " + adminToken)
					.build(),
						HttpResponse.BodyHandlers.ofString()).body();
				if (body.contains("\"total\":") && !body.contains("\"total\":0")) {
					return;
				}
			}
			catch (java.io.IOException notYet) {
				// the worklist answers once the service is up
			}
			Thread.sleep(500);
		}
		say("  (no case yet: the EHR's patients may not meet any criterion)");
	}

	/**
	 * Starts one of our services: in this JVM, or with {@code --processes} as its own process from its executable
	 * jar, with the same command line either way; {@code lines} tell where it is, once it is up (at once in this JVM,
	 * where it started before {@code inThisJvm} returned; after its readiness probe answered for a process).
	 */
	private void service(String module, int port, Function<String[], ConfigurableApplicationContext> inThisJvm,
			Runnable lines, String... arguments) throws IOException {
		if (!options.processes()) {
			// closed by the stack, services first, then the servers they use; not each by a hook of its own
			List<String> inJvm = new ArrayList<>(List.of(arguments));
			inJvm.add("--spring.main.register-shutdown-hook=false");
			keep(inThisJvm.apply(inJvm.toArray(String[]::new)));
			lines.run();
			return;
		}
		ServiceProcess process = keep(ServiceProcess.start(Path.of(""), module, port, List.of(arguments), options.dataDir().resolve("logs"),
				Objects.requireNonNull(ledger, "started")));
		announcements.add(() -> {
			try {
				process.awaitReady(Duration.ofMinutes(5));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while " + module + " started", ex);
			}
			lines.run();
			say("                    (pid " + process.pid() + ", log " + process.log() + ")");
		});
	}

	/** Waits for the services started as processes to be up, and prints where they are. */
	private void awaitAnnounced() {
		List<Runnable> pending = new ArrayList<>(announcements);
		announcements.clear();
		pending.forEach(Runnable::run);
	}

	private <T extends AutoCloseable> T keep(T component) {
		running.add(component);
		return component;
	}

	private ConfigurableApplicationContext keep(ConfigurableApplicationContext context) {
		running.add(context::close);
		return context;
	}

	private void stop() {
		List<AutoCloseable> components;
		synchronized (running) {
			components = new ArrayList<>(running);
			running.clear();
		}
		Collections.reverse(components);
		// every service process is asked to stop at once; each then gets its grace period in turn
		components.stream().filter(ServiceProcess.class::isInstance).map(ServiceProcess.class::cast).forEach(ServiceProcess::terminate);
		for (AutoCloseable component : components) {
			try {
				component.close();
			}
			catch (Exception ex) {
				System.err.println("While stopping: " + ex.getMessage());
			}
		}
		if (ledger != null && !components.isEmpty()) {
			ledger.clear();
		}
	}

	/** Progress lines only; an evaluation prints its table and nothing of the services' routine work. */
	private static void quietLogging(boolean evaluating) {
		System.setProperty("logging.level.root", evaluating ? "ERROR" : "WARN");
		System.setProperty("logging.level.org.secondopinion", evaluating ? "ERROR" : "INFO");
		System.setProperty("logging.level.org.apache.kafka", "ERROR");
		System.setProperty("logging.include-application-name", "false");
		System.setProperty("spring.main.banner-mode", "off");
		System.setProperty("spring.main.log-startup-info", "false");
	}

	private static void say(String line) {
		System.out.println(line);
		System.out.flush();
	}

	private static <T> java.util.function.Supplier<T> unchecked(ThrowingSupplier<T> supplier) {
		return () -> {
			try {
				return supplier.get();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex.getMessage(), ex);
			}
		};
	}

	@FunctionalInterface
	private interface ThrowingSupplier<T> {

		T get() throws Exception;

	}

}
