package org.secondopinion.notification.web;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.secondopinion.events.CriterionCode;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.EventType;
import org.secondopinion.events.FlagEvents;
import org.secondopinion.events.FlagPayload;
import org.secondopinion.events.FlagStatus;
import org.secondopinion.events.Priority;
import org.secondopinion.events.Topics;
import org.secondopinion.testing.TestInfrastructure;
import org.secondopinion.testing.keycloak.KeycloakServer;
import org.secondopinion.testing.web.AccessCheck.BrowserSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The live case stream for API clients with bearer tokens, and the UI's pages for visitors without a session. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=notification-service", "spring.kafka.consumer.group-id=notification-${random.uuid}" })
@DirtiesContext
class CaseStreamIntegrationTests {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "case_stream");
		registry.add("second-opinion.notification.ui.client-secret",
				() -> KeycloakServer.shared().clientSecret("coordinator-ui"));
	}

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	EventCodec codec;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Value("${local.server.port}")
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String ehr = "st" + UUID.randomUUID().toString().substring(0, 8);

	@Test
	void streamsEachCoordinatorTheCasesOfTheirFacilitiesOnly() throws Exception {
		List<String> north = listen("coordinator");
		List<String> south = listen("coordinator-south");
		await().atMost(Duration.ofSeconds(30)).until(() -> connected(north) && connected(south));

		publish("p-north", "North Clinic");
		publish("p-south", "South Clinic");

		String northCase = await().atMost(Duration.ofSeconds(30)).until(() -> caseOf("p-north"), id -> id != null);
		String southCase = await().atMost(Duration.ofSeconds(30)).until(() -> caseOf("p-south"), id -> id != null);

		await().atMost(Duration.ofSeconds(30)).until(() -> about(north, northCase).size() == 1 && about(south, southCase).size() == 1);
		assertThat(about(north, northCase).get(0)).contains("\"facility\":\"North Clinic\"", "\"status\":\"new\"",
				"\"priority\":\"high\"").doesNotContain("Test Person");
		assertThat(about(south, southCase).get(0)).contains("\"facility\":\"South Clinic\"");
		assertThat(data(north)).as("north hears nothing of the south").noneMatch(d -> d.contains("South Clinic"));
		assertThat(data(south)).noneMatch(d -> d.contains("North Clinic"));
		assertThat(north).anyMatch(l -> l.replace(" ", "").equals("event:case"));
	}

	@Test
	void endsTheStreamOfABrowserSessionWhenItSignsOut() throws Exception {
		BrowserSession browser = BrowserSession.signIn("http://127.0.0.1:" + port, "keycloak", "coordinator",
				KeycloakServer.shared().passwordOf("coordinator"));
		Listening page = open(browser.client(), HttpRequest.newBuilder(uri("/api/v1/cases/stream")));
		Listening api = open(http, HttpRequest.newBuilder(uri("/api/v1/cases/stream"))
			.header("Authorization", "Bearer " + KeycloakServer.shared().accessToken("coordinator")));
		await().atMost(Duration.ofSeconds(30)).until(() -> connected(page.lines()) && connected(api.lines()));
		assertThat(page.ended()).isNotDone();

		HttpResponse<String> signOut = browser.client().send(HttpRequest.newBuilder(uri("/logout"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(java.util.Objects.requireNonNull(browser.csrfToken()), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(signOut.statusCode()).isEqualTo(302);
		assertThat(signOut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/protocol/openid-connect/logout"));
		await().atMost(Duration.ofSeconds(10)).until(page.ended()::isDone);
		assertThat(api.ended()).as("an API client's stream is not the session's").isNotDone();
	}

	@Test
	void refusesTheStreamWithoutATokenAsProblemDetails() throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/cases/stream"))
			.header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	void sendsABrowserWithoutASessionToTheKeycloakLogin() throws Exception {
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/")).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/oauth2/authorization/keycloak"));

		HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/oauth2/authorization/keycloak")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
			.startsWith(KeycloakServer.shared().issuerUri() + "/protocol/openid-connect/auth?")
			.contains("client_id=coordinator-ui", "code_challenge_method=S256", "code_challenge="));
	}

	@Test
	void servesStaticAssetsWithoutASessionAndASecurityPolicy() throws Exception {
		HttpResponse<String> script = http.send(HttpRequest.newBuilder(uri("/vendor/htmx-2.0.11.min.js")).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
			.contains("default-src 'self'").doesNotContain("unsafe-inline"));
	}

	private List<String> listen(String user) throws Exception {
		return open(http, HttpRequest.newBuilder(uri("/api/v1/cases/stream"))
			.header("Authorization", "Bearer " + KeycloakServer.shared().accessToken(user))).lines();
	}

	/** The stream's lines as they come, and the end of the stream when the service ends it. */
	private Listening open(HttpClient client, HttpRequest.Builder request) throws Exception {
		List<String> lines = new CopyOnWriteArrayList<>();
		CompletableFuture<Void> ended = new CompletableFuture<>();
		HttpResponse<InputStream> response = client.send(request.header("Accept", "text/event-stream").build(),
				HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.statusCode()).isEqualTo(200);
		Thread.ofVirtual().start(() -> {
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					lines.add(line);
				}
				ended.complete(null);
			}
			catch (java.io.IOException closed) {
				// the test ended
			}
		});
		return new Listening(lines, ended);
	}

	private record Listening(List<String> lines, CompletableFuture<Void> ended) {
	}

	private static List<String> about(List<String> lines, String caseId) {
		return data(lines).stream().filter(d -> d.contains("\"id\":\"" + caseId + "\"")).toList();
	}

	private String caseOf(String patientId) {
		return jdbc.sql("select id::text from care_case where ehr_id = ? and patient_id = ?")
			.params(ehr, patientId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private static boolean connected(List<String> lines) {
		return lines.stream().anyMatch(l -> l.startsWith(":") && l.contains("connected"));
	}

	private static List<String> data(List<String> lines) {
		return lines.stream().filter(l -> l.startsWith("data:")).map(l -> l.substring(5).strip()).toList();
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private void publish(String patientId, String facility) {
		FlagPayload flag = new FlagPayload("flag-" + ehr + "-" + patientId,
				new FlagPayload.PatientSummary(ehr, patientId, "Test Person", "1970-01-01", "MRN-1"), facility, Priority.HIGH, FlagStatus.OPEN,
				List.of(new FlagPayload.CriterionMet(CriterionCode.RARE_OR_COMPLEX_CONDITION, "A rare condition.",
						List.of(new FlagPayload.Evidence("Condition/c-1/_history/1", "Rare condition")))),
				null, "test", OffsetDateTime.now(ZoneOffset.UTC));
		kafka.send(Topics.ASSESSMENT_FLAGS, FlagEvents.keyOf(flag).toString(), codec.write(FlagEvents.of(codec,
				UUID.randomUUID().toString(), EventType.FLAG_RAISED, flag, OffsetDateTime.now(ZoneOffset.UTC))))
			.join();
	}

}
