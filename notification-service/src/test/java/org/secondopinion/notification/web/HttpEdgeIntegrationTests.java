package org.secondopinion.notification.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.secondopinion.testing.web.ChunkedPost;
import org.secondopinion.testing.web.RawRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a browser and an API client see at the edge of the notification service, whoever writes the answer (Spring
 * Security, a controller, Spring Boot's {@code /error}, Tomcat itself): the security headers, the session cookie,
 * and error pages for browsers against problem details for API clients.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=notification-service", "spring.kafka.consumer.group-id=notification-${random.uuid}" })
@DirtiesContext
class HttpEdgeIntegrationTests {

	static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "http_edge");
		registry.add("second-opinion.notification.ui.client-secret",
				() -> KeycloakServer.shared().clientSecret("coordinator-ui"));
	}

	@Value("${local.server.port}")
	int port;

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	EventCodec codec;

	private final KeycloakServer keycloak = KeycloakServer.shared();

	// ---- security headers

	@Test
	void answersAnInvalidUrlTheContainerRefusesItselfWithTheSecurityHeaders() throws IOException {
		RawRequest.Answer answer = RawRequest.get(port, "/%", "Accept: " + BROWSER_ACCEPT);

		assertThat(answer.status()).isEqualTo(400);
		assertSecurityHeaders(answer);
	}

	@Test
	void answersUnknownPathsAndFirewallRejectionsWithTheSecurityHeaders() throws IOException {
		RawRequest.Answer withoutToken = RawRequest.get(port, "/no-such-page");
		RawRequest.Answer unknown = RawRequest.get(port, "/api/v1/no-such-thing", bearer("admin"));
		RawRequest.Answer rejected = RawRequest.get(port, "/api/v1//cases", bearer("admin"));

		assertThat(withoutToken.status()).isEqualTo(401);
		assertSecurityHeaders(withoutToken);
		assertThat(unknown.status()).isEqualTo(404);
		assertSecurityHeaders(unknown);
		assertThat(rejected.status()).as("Spring Security's firewall refuses a double slash").isEqualTo(400);
		assertSecurityHeaders(rejected);
	}

	@Test
	void answersATooLargeBodyWithTheSecurityHeaders() throws Exception {
		HttpResponse<String> tooLarge = ChunkedPost.send(URI.create("http://localhost:" + port + "/api/v1/cases"),
				"application/json", ChunkedPost.jsonOfSize(2 * 1024 * 1024), Map.of("Authorization", "Bearer " + keycloak.accessToken("admin")));

		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(tooLarge.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(tooLarge.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(tooLarge.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
		assertThat(tooLarge.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors 'none'"));
	}

	@Test
	void servesTheUiWithItsOwnPolicyAndNoReferrer() throws IOException {
		RawRequest.Answer login = RawRequest.get(port, "/", "Accept: " + BROWSER_ACCEPT);

		assertThat(login.status()).as("to the sign-in").isEqualTo(302);
		assertSecurityHeaders(login);
		assertThat(login.header("Content-Security-Policy")).contains("img-src 'self' data:");
	}

	// ---- session cookie

	@Test
	void keepsTheSessionCookieHttpOnlyAndSameSiteLaxButNotSecureOverPlainHttp() throws IOException {
		RawRequest.Answer login = RawRequest.get(port, "/oauth2/authorization/keycloak");

		assertThat(login.status()).isEqualTo(302);
		assertThat(login.header("Set-Cookie")).startsWith("JSESSIONID=").contains("; HttpOnly").contains("; SameSite=Lax")
			.doesNotContain("Secure");
	}

	@Test
	void marksTheSessionCookieSecureBehindAProxyThatTerminatesTls() throws IOException {
		RawRequest.Answer login = RawRequest.get(port, "/oauth2/authorization/keycloak", "X-Forwarded-Proto: https",
				"X-Forwarded-Host: coordinators.example.org");

		assertThat(login.status()).isEqualTo(302);
		assertThat(login.header("Set-Cookie")).startsWith("JSESSIONID=").contains("; Secure").contains("; HttpOnly")
			.contains("; SameSite=Lax");
		assertThat(login.header("Location")).as("the way back from Keycloak is the browser's https address")
			.contains("redirect_uri=https://coordinators.example.org/login/oauth2/code/keycloak");
	}

	// ---- error pages for browsers, problem details for API clients

	@Test
	void showsACoordinatorOpeningAnotherFacilitysCaseTheErrorPageAndAnApiClientAProblemDetail() throws Exception {
		String northCase = northCase();
		BrowserSession south = signIn("coordinator-south");

		HttpResponse<String> page = get(south, "/cases/" + northCase, BROWSER_ACCEPT);
		HttpResponse<String> json = get(south, "/cases/" + northCase, "application/json");
		HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/cases/" + northCase))
			.header("Authorization", "Bearer " + keycloak.accessToken("coordinator-south"))
			.header("Accept", BROWSER_ACCEPT)
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("<h1>Not found</h1>").contains("among the cases you can see")
			.contains("Back to the worklist").doesNotContain("\"status\"");
		assertProblem(json, 404);
		assertProblem(api, 404);
	}

	@Test
	void showsTheErrorPageForAnAddressThatNamesNothingToABrowserAndAProblemDetailToAnApiClient() {
		BrowserSession coordinator = signIn("coordinator");

		HttpResponse<String> page = get(coordinator, "/cases/" + UUID.randomUUID() + "/no/such/page", BROWSER_ACCEPT);
		HttpResponse<String> json = get(coordinator, "/cases/" + UUID.randomUUID() + "/no/such/page", "application/json");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("There is no page at this address.").contains("Back to the worklist");
		assertProblem(json, 404);
	}

	@Test
	void showsAClinicianTheForbiddenPageInABrowserAndAProblemDetailToAJsonClient() {
		BrowserSession clinician = signIn("clinician");

		HttpResponse<String> page = get(clinician, "/", BROWSER_ACCEPT);
		HttpResponse<String> json = get(clinician, "/", "application/json");

		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("Not allowed");
		assertProblem(json, 403);
	}

	private void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(codec.mapper().readTree(response.body()).path("status").asInt()).isEqualTo(status);
	}

	private BrowserSession signIn(String user) {
		return BrowserSession.signIn("http://127.0.0.1:" + port, "keycloak", user, keycloak.passwordOf(user));
	}

	private static HttpResponse<String> get(BrowserSession session, String path, String accept) {
		try {
			return session.client()
				.send(HttpRequest.newBuilder(URI.create(session.baseUrl() + path)).header("Accept", accept).build(),
						HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A case of North Clinic, which a South Clinic coordinator may not see. */
	private String northCase() {
		String ehr = "edge" + UUID.randomUUID().toString().substring(0, 8);
		FlagPayload flag = new FlagPayload("flag-" + ehr + "-p1", new FlagPayload.PatientSummary(ehr, "p1", "Test Person",
				"1970-01-01", "MRN-1"), "North Clinic", Priority.ROUTINE, FlagStatus.OPEN,
				List.of(new FlagPayload.CriterionMet(CriterionCode.MAJOR_PROCEDURE_PLANNED, "Spinal fusion is planned.",
						List.of(new FlagPayload.Evidence("ServiceRequest/sr-1/_history/1", "Spinal fusion")))),
				null, "test", OffsetDateTime.now(ZoneOffset.UTC));
		kafka.send(Topics.ASSESSMENT_FLAGS, FlagEvents.keyOf(flag).toString(), codec.write(FlagEvents.of(codec,
				UUID.randomUUID().toString(), EventType.FLAG_RAISED, flag, OffsetDateTime.now(ZoneOffset.UTC))))
			.join();
		String admin = keycloak.accessToken("admin");
		return await().atMost(Duration.ofSeconds(15)).until(() -> caseOf(admin, ehr), id -> id != null);
	}

	private String caseOf(String token, String ehr) throws IOException, InterruptedException {
		HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/cases?size=200"))
			.header("Authorization", "Bearer " + token)
			.build(), HttpResponse.BodyHandlers.ofString());
		return codec.mapper().readTree(page.body()).path("items").valueStream()
			.filter(c -> c.path("patient").path("ehrId").asString().equals(ehr))
			.map(c -> c.path("id").asString())
			.findFirst()
			.orElse(null);
	}

	private static void assertSecurityHeaders(RawRequest.Answer answer) {
		assertThat(answer.header("X-Content-Type-Options")).as(answer.toString()).isEqualTo("nosniff");
		assertThat(answer.header("X-Frame-Options")).as(answer.toString()).isEqualTo("DENY");
		assertThat(answer.header("Content-Security-Policy")).as(answer.toString()).contains("frame-ancestors 'none'");
		assertThat(answer.header("Referrer-Policy")).as(answer.toString()).isEqualTo("no-referrer");
		assertThat(answer.header("Cache-Control")).as(answer.toString()).contains("no-store");
	}

	private String bearer(String user) {
		return "Authorization: Bearer " + keycloak.accessToken(user);
	}

}
