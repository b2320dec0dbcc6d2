package org.secondopinion.notification.alerting;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.EventType;
import org.secondopinion.events.FlagStatus;
import org.secondopinion.events.Priority;
import org.secondopinion.notification.MutableClock;
import org.secondopinion.notification.TestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.secondopinion.testing.TestInfrastructure;
import org.secondopinion.testing.keycloak.KeycloakServer;
import org.secondopinion.testing.web.AccessCheck.BrowserSession;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.secondopinion.notification.TestClient.criterion;

/**
 * Alerts end to end: flags over real Kafka, e-mail to an in-process SMTP server (GreenMail), signed webhooks to an
 * in-process HTTP server, time moved by a controllable clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=notification-service", "spring.kafka.consumer.group-id=notification-${random.uuid}",
				"second-opinion.notification.alerting.case-link-base=https://worklist.test",
				"second-opinion.notification.alerting.escalation-check-interval=1h",
				"second-opinion.notification.alerting.digest-cron=0 0 0 1 1 *",
				"second-opinion.notification.delivery.poll-interval=200ms",
				"second-opinion.notification.delivery.initial-backoff=300ms",
				"second-opinion.notification.delivery.max-backoff=1s",
				"second-opinion.notification.delivery.max-attempts=20",
				"second-opinion.notification.delivery.webhook-secret=" + AlertingIntegrationTests.SECRET })
@DirtiesContext
class AlertingIntegrationTests {

	static final String SECRET = "s3cret-for-tests";

	static final int SMTP_PORT = freePort();

	static GreenMail smtp = startSmtp();

	static final HttpServer WEBHOOK = startWebhook();

	static final List<Hook> HOOKS = new CopyOnWriteArrayList<>();

	static final AtomicBoolean WEBHOOK_DOWN = new AtomicBoolean();

	/** Run once by the webhook server on the next call it receives, while the worker waits for its answer. */
	static final AtomicReference<Runnable> ON_NEXT_HOOK = new AtomicReference<>();

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "alerting");
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("second-opinion.notification.ui.client-secret",
				() -> KeycloakServer.shared().clientSecret("coordinator-ui"));
		// the case page reads the patient's record with this service's own client; no assessment service runs here
		registry.add("second-opinion.notification.record.client-secret",
				() -> KeycloakServer.shared().clientSecret("notification-service"));
		registry.add("second-opinion.notification.routing.teams.north.webhook-url",
				() -> "http://127.0.0.1:" + WEBHOOK.getAddress().getPort() + "/hooks/coordinators");
	}

	@AfterAll
	static void stopServers() {
		smtp.stop();
		WEBHOOK.stop(0);
	}

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	EventCodec codec;

	@Autowired
	MutableClock clock;

	@Autowired
	MeterRegistry meters;

	@Autowired
	EscalationJob escalations;

	@Autowired
	DataSource dataSource;

	@Autowired
	DigestJob digests;

	@Value("${local.server.port}")
	int port;

	private TestClient api;

	@BeforeEach
	void client() {
		api = new TestClient(kafka, codec, port);
	}

	@Test
	void alertsAnUrgentCaseAtOnceByEmailWithReasonsAndLinkButWithoutIdentifiers() throws Exception {
		api.publish(EventType.FLAG_RAISED, api.flag("u-1", "North Clinic", Priority.URGENT, FlagStatus.OPEN,
				criterion("MAJOR_PROCEDURE_PLANNED", "Spinal fusion is planned for next week.")));
		String id = api.awaitCase("u-1");

		List<MimeMessage> mails = awaitMails(id, 2);
		assertThat(mails).flatExtracting(m -> Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList())
			.contains("coordinator@example.org", "north-coordinators@example.org");
		MimeMessage mail = mails.get(0);
		assertThat(mail.getSubject()).isEqualTo("[Second Opinion] URGENT case for review: Major procedure planned");
		assertThat(mail.getHeader("X-Priority")[0]).startsWith("1");
		assertThat(mail.getHeader("Importance")[0]).isEqualTo("high");
		String body = GreenMailUtil.getBody(mail);
		assertThat(body).contains("Spinal fusion is planned for next week.")
			.contains("https://worklist.test/cases/" + id)
			.contains("Priority: urgent")
			.contains("Assigned to: coordinator");
		assertThat(body + mail.getSubject()).doesNotContain("Ada").doesNotContain("Okafor").doesNotContain("1958")
			.doesNotContain("MRN-1").doesNotContain(api.ehr);

		JsonNode detail = api.caseDetail(id);
		assertThat(detail.path("highlighted").asBoolean()).isTrue();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.caseDetail(id).path("deliveries")
			.valueStream().map(d -> d.path("status").asString())).containsOnly("sent").hasSize(2));
	}

	@Test
	void signsTheWebhookBodyWithTheSharedSecret() throws Exception {
		api.publish(EventType.FLAG_RAISED, api.flag("u-2", "North Clinic", Priority.URGENT, FlagStatus.OPEN,
				criterion("HIGH_IMPACT_TREATMENT", "Below-knee amputation is planned.")));
		String id = api.awaitCase("u-2");

		Hook hook = await().atMost(Duration.ofSeconds(60)).until(() -> hooksAbout(id), list -> !list.isEmpty()).get(0);

		assertThat(hook.signature()).isEqualTo("sha256=" + hmac(hook.body()));
		JsonNode json = codec.mapper().readTree(hook.body());
		assertThat(json.path("event").asString()).isEqualTo("case.urgent");
		assertThat(json.path("criteria").get(0).path("code").asString()).isEqualTo("HIGH_IMPACT_TREATMENT");
		assertThat(json.path("link").asString()).isEqualTo("https://worklist.test/cases/" + id);
		assertThat(new String(hook.body(), StandardCharsets.UTF_8)).doesNotContain("Okafor").doesNotContain("MRN-1");
		assertThat(hmac("{\"tampered\":true}".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(hook.signature().substring(7));
	}

	@Test
	void neverAlertsTwiceForTheSamePatientAndCriterionWhileTheCaseIsOpen() throws Exception {
		api.publish(EventType.FLAG_RAISED, api.flag("u-3", "North Clinic", Priority.URGENT, FlagStatus.OPEN,
				criterion("MAJOR_PROCEDURE_PLANNED", "Spinal fusion is planned.")));
		String id = api.awaitCase("u-3");
		awaitMails(id, 2);

		api.publish(EventType.FLAG_UPDATED, api.flag("u-3", "North Clinic", Priority.URGENT, FlagStatus.OPEN,
				criterion("MAJOR_PROCEDURE_PLANNED", "Spinal fusion is planned, now for tomorrow.")));
		api.publish(EventType.FLAG_UPDATED, api.flag("u-3", "North Clinic", Priority.URGENT, FlagStatus.OPEN,
				criterion("MAJOR_PROCEDURE_PLANNED", "Spinal fusion is planned, now for tomorrow."),
				criterion("UNTREATABLE_PROGNOSIS", "Told no treatment options remain.")));

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(mailsAbout(id)).hasSize(4));
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(mailsAbout(id)).hasSize(4));
		assertThat(mailsAbout(id)).extracting(MimeMessage::getSubject)
			.containsOnly("[Second Opinion] URGENT case for review: Major procedure planned",
					"[Second Opinion] URGENT case for review: Condition called untreatable");
		assertThat(GreenMailUtil.getBody(mailsAbout(id).get(3))).doesNotContain("Spinal fusion");
	}

	@Test
	void escalatesAnUnacknowledgedUrgentCaseToTheTeamLeadOnceTheSlaHasPassed() throws Exception {
		api.publish(EventType.FLAG_RAISED, api.flag("u-4", "North Clinic", Priority.URGENT, FlagStatus.OPEN,
				criterion("MAJOR_PROCEDURE_PLANNED", "Spinal fusion is planned.")));
		String id = api.awaitCase("u-4");
		api.publish(EventType.FLAG_RAISED, api.flag("u-5", "North Clinic", Priority.URGENT, FlagStatus.OPEN,
				criterion("MAJOR_PROCEDURE_PLANNED", "Knee replacement is planned.")));
		String acknowledged = api.awaitCase("u-5");
		api.post("/api/v1/cases/" + acknowledged + "/acknowledge", "coordinator", null);

		clock.advance(Duration.ofHours(3));
		assertThat(escalations.escalateOverdue()).extracting(Object::toString).doesNotContain(id);

		clock.advance(Duration.ofHours(2));
		assertThat(escalations.escalateOverdue()).extracting(Object::toString).contains(id).doesNotContain(acknowledged);
		assertThat(escalations.escalateOverdue()).extracting(Object::toString).doesNotContain(id);

		MimeMessage escalation = await().atMost(Duration.ofSeconds(60))
			.until(() -> mailsAbout(id).stream().filter(m -> subject(m).startsWith("[Second Opinion] ESCALATED")).toList(),
					list -> !list.isEmpty())
			.get(0);
		assertThat(escalation.getAllRecipients()).extracting(Object::toString).containsExactly("coordinator@example.org");
		assertThat(GreenMailUtil.getBody(escalation)).contains("not been acknowledged within 4 hour(s)");
		JsonNode detail = api.caseDetail(id);
		assertThat(detail.path("escalatedAt").asString()).isNotBlank();
		assertThat(detail.path("history").findValuesAsString("action")).contains("escalated");
	}

	@Test
	void putsHighAndRoutineCasesInOneDailyDigestInsteadOfAlertingAtOnce() throws Exception {
		api.publish(EventType.FLAG_RAISED, api.flag("d-1", "North Clinic", Priority.HIGH, FlagStatus.OPEN,
				criterion("RARE_OR_COMPLEX_CONDITION", "Sarcoidosis is a rare condition."),
				criterion("WORSENING_DESPITE_TREATMENT", "FEV1 fell over nine months of treatment.")));
		api.publish(EventType.FLAG_RAISED, api.flag("d-2", "North Clinic", Priority.ROUTINE, FlagStatus.OPEN,
				criterion("PATIENT_REPORTED_CONCERN", "The patient asked for a second opinion.")));
		String high = api.awaitCase("d-1");
		String routine = api.awaitCase("d-2");
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(mailsAbout(high)).isEmpty());

		assertThat(digests.sendDigests()).isGreaterThanOrEqualTo(1);

		MimeMessage digest = await().atMost(Duration.ofSeconds(60))
			.until(() -> mailsAbout(routine), list -> !list.isEmpty())
			.get(0);
		assertThat(digest.getSubject()).startsWith("[Second Opinion] Daily digest:").endsWith("for north");
		assertThat(digest.getAllRecipients()).extracting(Object::toString).containsExactly("north-coordinators@example.org");
		String body = GreenMailUtil.getBody(digest);
		assertThat(body).contains("https://worklist.test/cases/" + high).contains("HIGH | North Clinic | Rare or complex condition");
		assertThat(body.indexOf(high)).as("high before routine").isLessThan(body.indexOf(routine));
		assertThat(body).doesNotContain("Okafor");

		assertThat(digests.sendDigests()).as("nothing new since the last digest").isZero();
	}

	/** Two instances share only the database, so two threads running the jobs at once stand for them. */
	@Test
	void escalatesAndDigestsOnceWhenTwoInstancesRunTheJobsAtTheSameTime() throws Exception {
		api.publish(EventType.FLAG_RAISED, api.flag("t-1", "North Clinic", Priority.URGENT, FlagStatus.OPEN,
				criterion("MAJOR_PROCEDURE_PLANNED", "Hip replacement is planned.")));
		api.publish(EventType.FLAG_RAISED, api.flag("t-2", "North Clinic", Priority.ROUTINE, FlagStatus.OPEN,
				criterion("PATIENT_REPORTED_CONCERN", "The patient asked for a second opinion.")));
		String urgent = api.awaitCase("t-1");
		String routine = api.awaitCase("t-2");
		clock.advance(Duration.ofHours(5));

		List<Object> escalated = new CopyOnWriteArrayList<>();
		List<Integer> digestsQueued = new CopyOnWriteArrayList<>();
		CyclicBarrier together = new CyclicBarrier(2);
		Runnable instance = () -> {
			try {
				together.await();
				escalated.addAll(escalations.escalateOverdue());
				digestsQueued.add(digests.sendDigests());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		};
		Thread first = Thread.ofPlatform().start(instance);
		Thread second = Thread.ofPlatform().start(instance);
		first.join(60_000);
		second.join(60_000);

		assertThat(escalated).extracting(Object::toString).filteredOn(urgent::equals).hasSize(1);
		await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(mailsAbout(urgent).stream().filter(m -> subject(m).startsWith("[Second Opinion] ESCALATED")))
				.hasSize(1);
			assertThat(mailsAbout(routine).stream().filter(m -> subject(m).startsWith("[Second Opinion] Daily digest")))
				.hasSize(1);
		});
		assertThat(digestsQueued).hasSize(2);
		assertThat(digests.sendDigests()).as("nothing left for a later run").isZero();
	}

	@Test
	void keepsAnAlertPendingWhileTheMailServerIsDownAndSendsItWhenItIsBack() throws Exception {
		smtp.stop();
		WEBHOOK_DOWN.set(true);
		try {
			api.publish(EventType.FLAG_RAISED, api.flag("o-1", "North Clinic", Priority.URGENT, FlagStatus.OPEN,
					criterion("MAJOR_PROCEDURE_PLANNED", "Spinal fusion is planned.")));
			String id = api.awaitCase("o-1");

			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(api.caseDetail(id).path("deliveries").valueStream())
				.as("one e-mail to assignee and team, one webhook call")
				.hasSize(2)
				.allSatisfy(d -> {
					assertThat(d.path("status").asString()).isEqualTo("pending");
					assertThat(d.path("attempts").asInt()).isGreaterThanOrEqualTo(2);
					assertThat(d.path("lastError").asString()).isNotBlank();
					assertThat(d.path("nextAttemptAt").asString()).isNotBlank();
				}));

			assertThat(api.caseDetail(id).path("deliveryPending").asBoolean()).isTrue();
			BrowserSession coordinator = signIn("coordinator");
			String banner = page(coordinator, "/cases/" + id);
			assertThat(banner).contains("id=\"delivery-problems\"")
				.contains("Alert e-mail to coordinator@example.org, north-coordinators@example.org not delivered: ")
				.contains("Alert to the team webhook not delivered: ")
				.contains("last error")
				.contains("retrying at")
				.doesNotContain("/hooks/coordinators");
			assertThat(health().path("components").path("deliveries").path("status").asString()).isEqualTo("WARNING");
			assertThat(health().path("components").path("deliveries").path("details").path("failing").asInt())
				.isGreaterThanOrEqualTo(2);
			assertThat(health().path("components").path("readinessState").path("status").asString()).isEqualTo("UP");
			assertThat(meters.get("notification.deliveries.pending").tag("channel", "email").gauge().value())
				.isGreaterThanOrEqualTo(1);
			assertThat(undelivered("pending").valueStream().map(d -> d.path("caseId").asString())).contains(id, id);
			assertThat(page(signIn("admin"), "/admin/deliveries")).contains("/cases/" + id)
				.contains("coordinator@example.org, north-coordinators@example.org")
				.contains("team webhook");

			smtp = startSmtp();
			WEBHOOK_DOWN.set(false);

			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(api.caseDetail(id).path("deliveries")
				.valueStream().map(d -> d.path("status").asString())).containsOnly("sent"));
			assertThat(api.caseDetail(id).path("deliveryPending").asBoolean()).isFalse();
			assertThat(page(coordinator, "/cases/" + id)).as("banner gone").doesNotContain("delivery-problems")
				.doesNotContain("not delivered");
			assertThat(undelivered(null).valueStream().map(d -> d.path("caseId").asString())).doesNotContain(id);
			assertThat(mailsAbout(id)).as("one message per recipient").hasSize(2);
			assertThat(hooksAbout(id)).hasSize(1);
		}
		finally {
			WEBHOOK_DOWN.set(false);
			if (!smtp.isRunning()) {
				smtp = startSmtp();
			}
		}
	}

	@Test
	void sendsNothingTwiceWhenTheDatabaseGoesAwayWhileAlertsAreBeingSent() throws Exception {
		AtomicInteger cut = new AtomicInteger();
		// while the worker waits for the webhook's answer, every other connection to the database is cut: the
		// outcome cannot be recorded at once, and nothing of what was sent may be sent again
		ON_NEXT_HOOK.set(() -> {
			try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
					var rows = statement.executeQuery("""
							select count(pg_terminate_backend(pid)) from pg_stat_activity
							where datname = current_database() and pid <> pg_backend_pid()""")) {
				rows.next();
				cut.set(rows.getInt(1));
			}
			catch (java.sql.SQLException ex) {
				throw new IllegalStateException(ex);
			}
		});
		api.publish(EventType.FLAG_RAISED, api.flag("d-1", "North Clinic", Priority.URGENT, FlagStatus.OPEN,
				criterion("MAJOR_PROCEDURE_PLANNED", "Spinal fusion is planned.")));
		String id = api.awaitCase("d-1");

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(api.caseDetail(id).path("deliveries")
			.valueStream().map(d -> d.path("status").asString())).containsOnly("sent"));
		assertThat(cut.get()).as("connections cut while a webhook was being sent").isPositive();
		Thread.sleep(2_000);
		assertThat(hooksAbout(id)).as("the webhook called once").hasSize(1);
		assertThat(mailsAbout(id)).as("one message per recipient").hasSize(2);
		assertThat(HOOKS.stream().map(h -> new String(h.body(), StandardCharsets.UTF_8)))
			.as("no webhook call of any case repeated")
			.doesNotHaveDuplicates();
		assertThat(api.caseDetail(id).path("deliveries").valueStream().map(d -> d.path("attempts").asInt()))
			.containsOnly(1);
	}

	@Test
	void givesUpAfterMaxAttemptsShowsItAsFailedEverywhereAndSendsItAgainWhenAnAdminRetries() throws Exception {
		WEBHOOK_DOWN.set(true);
		try {
			api.publish(EventType.FLAG_RAISED, api.flag("g-1", "North Clinic", Priority.URGENT, FlagStatus.OPEN,
					criterion("MAJOR_PROCEDURE_PLANNED", "Spinal fusion is planned.")));
			String id = api.awaitCase("g-1");

			JsonNode webhook = await().atMost(Duration.ofSeconds(60))
				.until(() -> api.caseDetail(id).path("deliveries").valueStream()
					.filter(d -> d.path("channel").asString().equals("webhook"))
					.findFirst()
					.orElse(null), d -> d != null && d.path("status").asString().equals("failed"));
			assertThat(webhook.path("attempts").asInt()).isEqualTo(20);
			assertThat(webhook.path("lastError").asString()).contains("HTTP 503");
			assertThat(api.caseDetail(id).path("deliveryFailed").asBoolean()).isTrue();
			assertThat(page(signIn("coordinator"), "/cases/" + id))
				.contains("Alert to the team webhook not delivered: ")
				.contains("gave up after 20 tries, last error IllegalStateException: webhook answered HTTP 503");
			assertThat(health().path("components").path("deliveries").path("status").asString()).isEqualTo("WARNING");
			assertThat(health().path("components").path("deliveries").path("details").path("webhook.failed").asInt())
				.isGreaterThanOrEqualTo(1);
			assertThat(meters.get("notification.deliveries.failed").tag("channel", "webhook").gauge().value())
				.isGreaterThanOrEqualTo(1);
			assertThat(undelivered("failed").valueStream().map(d -> d.path("id").asString()))
				.contains(webhook.path("id").asString());

			WEBHOOK_DOWN.set(false);
			BrowserSession admin = signIn("admin");
			HttpResponse<String> retried = admin.client()
				.send(HttpRequest.newBuilder(URI.create(admin.baseUrl() + "/admin/deliveries/" + webhook.path("id").asString() + "/retry"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + admin.csrfToken()))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(retried.statusCode()).isEqualTo(302);

			await().atMost(Duration.ofSeconds(60)).until(() -> hooksAbout(id), list -> list.size() == 1);
			await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(api.caseDetail(id).path("deliveryFailed")
				.asBoolean()).isFalse());
			// other tests' webhooks may have given up while it was down: this one is no longer among the failed, and the
			// gauge counts exactly those that are
			await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
				List<JsonNode> failedWebhooks = undelivered("failed").valueStream()
					.filter(d -> d.path("channel").asString().equals("webhook"))
					.toList();
				assertThat(failedWebhooks).extracting(d -> d.path("id").asString())
					.doesNotContain(webhook.path("id").asString());
				assertThat(meters.get("notification.deliveries.failed").tag("channel", "webhook").gauge().value())
					.isEqualTo(failedWebhooks.size());
			});
		}
		finally {
			WEBHOOK_DOWN.set(false);
		}
	}

	private BrowserSession signIn(String user) {
		return BrowserSession.signIn("http://127.0.0.1:" + port, "keycloak", user, KeycloakServer.shared().passwordOf(user));
	}

	private static String page(BrowserSession session, String path) throws Exception {
		HttpResponse<String> response = session.client()
			.send(HttpRequest.newBuilder(URI.create(session.baseUrl() + path)).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private JsonNode health() throws Exception {
		return get("/actuator/health");
	}

	private JsonNode undelivered(String status) throws Exception {
		return get("/api/v1/deliveries" + (status == null ? "" : "?status=" + status));
	}

	private JsonNode get(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.header("Authorization", "Bearer " + TestClient.token("admin"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return codec.mapper().readTree(response.body());
	}

	private List<MimeMessage> awaitMails(String caseId, int count) {
		return await().atMost(Duration.ofSeconds(60)).until(() -> mailsAbout(caseId), list -> list.size() >= count);
	}

	private static List<MimeMessage> mailsAbout(String caseId) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> GreenMailUtil.getBody(m).contains(caseId)).toList();
	}

	private static List<Hook> hooksAbout(String caseId) {
		return HOOKS.stream().filter(h -> new String(h.body(), StandardCharsets.UTF_8).contains(caseId)).toList();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String hmac(byte[] body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(body));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static GreenMail startSmtp() {
		GreenMail mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		mail.start();
		return mail;
	}

	private static HttpServer startWebhook() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/hooks/coordinators", exchange -> {
				byte[] body = exchange.getRequestBody().readAllBytes();
				Runnable action = ON_NEXT_HOOK.getAndSet(null);
				if (action != null) {
					action.run();
				}
				if (WEBHOOK_DOWN.get()) {
					exchange.sendResponseHeaders(503, -1);
				}
				else {
					HOOKS.add(new Hook(exchange.getRequestHeaders().getFirst("X-Second-Opinion-Signature"), body));
					exchange.sendResponseHeaders(204, -1);
				}
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Hook(String signature, byte[] body) {
	}

	@TestConfiguration
	static class ControlledTime {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock();
		}

	}

}
