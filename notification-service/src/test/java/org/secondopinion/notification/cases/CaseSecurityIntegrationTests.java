package org.secondopinion.notification.cases;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
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
import org.secondopinion.testing.web.ChunkedPost;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The worklist behind the real Keycloak: authentication, roles, facility scoping and the audit trail. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=notification-service", "spring.kafka.consumer.group-id=notification-${random.uuid}",
				"second-opinion.security.clock-skew=0s" })
@DirtiesContext
class CaseSecurityIntegrationTests {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "case_security");
	}

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	EventCodec codec;

	@Value("${local.server.port}")
	int port;

	private final KeycloakServer keycloak = KeycloakServer.shared();

	private final String ehr = "sec" + UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void casesInTwoFacilities() {
		publish(flag("north-1", "North Clinic"));
		publish(flag("south-1", "South Clinic"));
		await().atMost(Duration.ofSeconds(15)).until(() -> casesOf(token("admin")).size() == 2);
	}

	@Test
	void refusesARequestWithoutTokenAsProblemDetails() {
		Response response = get("/api/v1/cases", null);

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(response.body().path("detail").asString()).contains("needs an access token");
		assertThat(response.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
	}

	@Test
	void refusesATokenFromAnotherRealm() {
		assertThat(get("/api/v1/cases", keycloak.otherRealmToken()).status()).isEqualTo(401);
	}

	@Test
	void refusesAnExpiredToken() throws InterruptedException {
		String token = keycloak.shortLivedToken("coordinator");
		Thread.sleep(2_500);

		Response response = get("/api/v1/cases", token);

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).contains("invalid_token");
	}

	@Test
	void refusesATokenWithATamperedSignatureOrPayload() {
		String[] parts = token("coordinator").split("\\.");
		String otherSignature = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
		String json = new String(Base64.getUrlDecoder().decode(parts[1])).replace("care-coordinator", "admin");
		String forgedPayload = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes()) + "." + parts[2];

		assertThat(get("/api/v1/cases", otherSignature).status()).isEqualTo(401);
		assertThat(get("/api/v1/cases", forgedPayload).status()).isEqualTo(401);
	}

	@Test
	void forbidsTheWorklistToAClinician() {
		Response response = get("/api/v1/cases", token("clinician"));

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
	}

	@Test
	void showsEachCoordinatorOnlyTheCasesOfTheirFacilities() {
		assertThat(casesOf(token("coordinator"))).extracting(c -> c.path("facility").asString()).containsExactly("North Clinic");
		assertThat(casesOf(token("coordinator-south"))).extracting(c -> c.path("facility").asString()).containsExactly("South Clinic");
		JsonNode page = get("/api/v1/cases?size=200", token("coordinator")).body();
		assertThat(page.path("items").valueStream().map(c -> c.path("facility").asString()).distinct()).containsExactly("North Clinic");
		assertThat(page.path("total").asLong()).as("the total counts only what the coordinator may see").isEqualTo(page.path("items").size());
	}

	@Test
	void hidesAnotherFacilitysCaseFromACoordinatorAndAuditsTheAttempt() {
		String southCase = casesOf(token("admin")).stream()
			.filter(c -> c.path("facility").asString().equals("South Clinic"))
			.findFirst().orElseThrow().path("id").asString();

		assertThat(get("/api/v1/cases/" + southCase, token("coordinator")).status()).isEqualTo(404);
		assertThat(get("/api/v1/cases/" + southCase, token("coordinator-south")).status()).isEqualTo(200);

		JsonNode trail = get("/api/v1/audit?patient=" + ehr + "/south-1", token("admin")).body();
		assertThat(trail.valueStream().filter(e -> e.path("outcome").asString().equals("denied")).toList())
			.singleElement()
			.satisfies(denied -> {
				assertThat(denied.path("resourceType").asString()).isEqualTo("AuditEvent");
				assertThat(denied.path("action").asString()).isEqualTo("R");
				assertThat(denied.path("agent").path("name").asString()).isEqualTo("coordinator");
				assertThat(denied.path("agent").path("roles").valueStream().map(JsonNode::asString)).contains("care-coordinator");
				assertThat(denied.path("agent").path("facilities").get(0).asString()).isEqualTo("North Clinic");
				assertThat(denied.path("agent").path("network").asString()).isNotBlank();
				assertThat(denied.path("entity").path("what").asString()).isEqualTo("Case/" + southCase);
			});
		assertThat(trail.valueStream().filter(e -> e.path("outcome").asString().equals("success")))
			.as("the south coordinator's read and the list reads are on record too").isNotEmpty();
	}

	@Test
	void letsOnlyAdminsReadTheAuditTrail() {
		assertThat(get("/api/v1/audit?patient=" + ehr + "/north-1", token("coordinator")).status()).isEqualTo(403);
		assertThat(get("/api/v1/audit?patient=" + ehr + "/north-1", token("admin")).status()).isEqualTo(200);
	}

	@Test
	void answersWithSecurityHeaders() {
		HttpHeaders headers = get("/api/v1/cases", token("coordinator")).headers();

		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
		assertThat(headers.getFirst("Content-Security-Policy")).contains("default-src 'self'");
		assertThat(headers.getFirst("Cache-Control")).contains("no-store");
	}

	@Test
	void refusesAnOversizedBodyBeforeReadingIt() {
		int status = client().post()
			.uri("/api/v1/cases")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.body("x".repeat(2 * 1024 * 1024))
			.exchange((request, response) -> response.getStatusCode().value());

		assertThat(status).isEqualTo(413);
	}

	@Test
	void refusesAChunkedBodyOverTheLimitAndTakesOneWithinIt() throws Exception {
		String northCase = casesOf(token("admin")).stream()
			.filter(c -> c.path("facility").asString().equals("North Clinic"))
			.findFirst().orElseThrow().path("id").asString();
		URI assign = URI.create("http://localhost:" + port + "/api/v1/cases/" + northCase + "/assign");
		Map<String, String> admin = Map.of(HttpHeaders.AUTHORIZATION, "Bearer " + token("admin"));

		HttpResponse<String> tooLarge = ChunkedPost.send(assign, "application/json", ChunkedPost.jsonOfSize(2 * 1024 * 1024), admin);

		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(tooLarge.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(codec.mapper().readTree(tooLarge.body()).path("detail").asString()).contains("larger than the limit");

		HttpResponse<String> withinLimit = ChunkedPost.send(assign, "application/json",
				"{\"assignee\":\"coordinator\"}".getBytes(StandardCharsets.UTF_8), admin);
		assertThat(withinLimit.statusCode()).as(withinLimit.body()).isEqualTo(200);
		assertThat(codec.mapper().readTree(withinLimit.body()).path("assignee").asString()).isEqualTo("coordinator");
	}

	@Test
	void refusesAStateChangeWithNeitherBearerNorCsrfToken() {
		JsonNode problem = client().post()
			.uri("/api/v1/cases/" + UUID.randomUUID() + "/acknowledge")
			.header(HttpHeaders.COOKIE, "JSESSIONID=stolen")
			.exchange((request, response) -> {
				assertThat(response.getStatusCode().value()).isEqualTo(403);
				return codec.mapper().readTree(response.getBody());
			});

		assertThat(problem.path("detail").asString()).contains("CSRF token");
	}

	@Test
	void explainsABadRequestWithoutLeakingInternals() {
		Response response = get("/api/v1/cases?status=lost", token("coordinator"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().path("detail").asString()).contains("Unknown case status 'lost'");
		assertThat(response.body().toString()).doesNotContain("Exception").doesNotContain("at org.");
	}

	private String token(String user) {
		return keycloak.accessToken(user);
	}

	private List<JsonNode> casesOf(String token) {
		return get("/api/v1/cases?size=200", token).body().path("items").valueStream()
			.filter(c -> c.path("patient").path("ehrId").asString().equals(ehr))
			.toList();
	}

	private Response get(String path, String token) {
		return client().get().uri(path).headers(h -> {
			if (token != null) {
				h.setBearerAuth(token);
			}
		}).exchange((request, response) -> {
			byte[] body = response.getBody().readAllBytes();
			return new Response(response.getStatusCode().value(),
					response.getHeaders().getContentType() == null ? "" : response.getHeaders().getContentType().toString(),
					response.getHeaders(), body.length == 0 ? codec.mapper().createObjectNode() : codec.mapper().readTree(body));
		});
	}

	private RestClient client() {
		return RestClient.create("http://localhost:" + port);
	}

	private FlagPayload flag(String patientId, String facility) {
		return new FlagPayload("flag-" + ehr + "-" + patientId, new FlagPayload.PatientSummary(ehr, patientId, "Test Person", "1970-01-01", "MRN-9"),
				facility, Priority.ROUTINE, FlagStatus.OPEN,
				List.of(new FlagPayload.CriterionMet(CriterionCode.MAJOR_PROCEDURE_PLANNED, "Spinal fusion is planned.",
						List.of(new FlagPayload.Evidence("ServiceRequest/sr-1/_history/1", "Spinal fusion")))),
				null, "test", OffsetDateTime.now(ZoneOffset.UTC));
	}

	private void publish(FlagPayload flag) {
		kafka.send(Topics.ASSESSMENT_FLAGS, FlagEvents.keyOf(flag).toString(), codec.write(
				FlagEvents.of(codec, UUID.randomUUID().toString(), EventType.FLAG_RAISED, flag, OffsetDateTime.now(ZoneOffset.UTC))))
			.join();
	}

	private record Response(int status, String contentType, HttpHeaders headers, JsonNode body) {
	}

}
