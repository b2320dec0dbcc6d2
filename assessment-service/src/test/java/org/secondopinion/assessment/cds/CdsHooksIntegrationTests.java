package org.secondopinion.assessment.cds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.secondopinion.assessment.flags.OpenFlags;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.PatientKey;
import org.secondopinion.events.PatientRef;
import org.secondopinion.events.ResourceEvents;
import org.secondopinion.events.Topics;
import org.secondopinion.sandbox.SandboxEhrApplication;
import org.secondopinion.sandbox.faults.Faults;
import org.secondopinion.testing.TestInfrastructure;
import org.secondopinion.testing.keycloak.KeycloakServer;
import org.secondopinion.testing.web.ChunkedPost;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The CDS Hooks services over HTTP, called as an EHR calls them: signed JWTs checked against a JWK Set served over
 * HTTP, a real sandbox EHR for the FHIR reads when the prefetch is missing, real PostgreSQL and Kafka behind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=assessment-service", "spring.kafka.consumer.group-id=assessment-${random.uuid}",
				"second-opinion.assessment.cds.case-link=http://127.0.0.1:8080/cases?patient={ehrId}/{patientId}" })
@DirtiesContext
class CdsHooksIntegrationTests {

	static final String EHR = "cds" + UUID.randomUUID().toString().substring(0, 8);

	static final String PATIENT_VIEW = "/cds-services/second-opinion-patient-view";

	static final String ORDER_SIGN = "/cds-services/second-opinion-order-sign";

	static final String EMPTY_BUNDLE = "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"entry\":[]}";

	static ConfigurableApplicationContext sandbox;

	static EhrTokens tokens;

	static String fhirBase;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "assessment");
		sandbox = SandboxEhrApplication.start("--server.port=0", "--second-opinion.sandbox.patients=0",
				"--spring.main.banner-mode=off");
		fhirBase = "http://127.0.0.1:" + sandbox.getEnvironment().getProperty("local.server.port") + "/fhir";
		try {
			tokens = new EhrTokens();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		registry.add("second-opinion.assessment.cds.ehrs[0].ehr-id", () -> EHR);
		registry.add("second-opinion.assessment.cds.ehrs[0].fhir-server", () -> fhirBase);
		registry.add("second-opinion.assessment.cds.ehrs[0].issuer", () -> EhrTokens.ISSUER);
		registry.add("second-opinion.assessment.cds.ehrs[0].jwks-url", tokens::jwksUrl);
		registry.add("second-opinion.assessment.cds.ehrs[0].allowed-jku[0]", tokens::alternateJwksUrl);
		registry.add("second-opinion.assessment.cds.ehrs[0].clients[0]", () -> "ehr-client-1");
	}

	@AfterAll
	static void stop() {
		sandbox.close();
		tokens.close();
	}

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	EventCodec codec;

	@Autowired
	OpenFlags openFlags;

	@Autowired
	JdbcClient jdbc;

	@Value("${local.server.port}")
	int port;

	@Test
	void discoveryDescribesBothServicesWithTheirPrefetchTemplatesWithoutAToken() {
		Answer answer = send("GET", "/cds-services", null, null);

		assertThat(answer.status()).isEqualTo(200);
		JsonNode services = answer.body().path("services");
		assertThat(services.valueStream().map(s -> s.path("id").asString()))
			.containsExactly("second-opinion-patient-view", "second-opinion-order-sign");
		assertThat(services.valueStream().map(s -> s.path("hook").asString())).containsExactly("patient-view", "order-sign");
		JsonNode prefetch = services.get(0).path("prefetch");
		assertThat(prefetch.path("patient").asString()).isEqualTo("Patient/{{context.patientId}}");
		assertThat(prefetch.path("conditions").asString()).isEqualTo("Condition?patient={{context.patientId}}");
		assertThat(prefetch.path("serviceRequests").asString()).isEqualTo("ServiceRequest?patient={{context.patientId}}");
		assertThat(services.get(0).path("title").asString()).isNotBlank();
		assertThat(services.get(0).path("description").asString()).isNotBlank();
		assertThat(services.get(0).path("usageRequirements").asString()).isNotBlank();
	}

	@Test
	void showsTheOpenFlagOfAPatientInThePictureWithReasonsEvidenceAndACaseLink() {
		PatientKey patient = new PatientKey(EHR, "pv-1");
		publish(patient, patientResource("pv-1"));
		publish(patient, spinalFusionOrder("sr-pv-1", "pv-1", "active"));
		await().atMost(Duration.ofSeconds(30)).until(() -> openFlags.of(PatientRef.of(patient)).isPresent());

		Answer answer = hook(PATIENT_VIEW, patientView("pv-1", null, false));

		assertThat(answer.status()).isEqualTo(200);
		JsonNode card = single(answer);
		assertThat(card.path("summary").asString()).startsWith("Second opinion may be warranted")
			.contains("major procedure planned")
			.hasSizeLessThanOrEqualTo(140);
		assertThat(card.path("indicator").asString()).isEqualTo("info");
		assertThat(card.path("detail").asString()).contains("Spinal fusion")
			.contains("MAJOR_PROCEDURE_PLANNED")
			.contains("`ServiceRequest/sr-pv-1/_history/1`");
		assertThat(card.path("source").path("label").asString()).isEqualTo("Second Opinion");
		assertThat(card.path("links").get(0).path("url").asString())
			.isEqualTo("http://127.0.0.1:8080/cases?patient=" + EHR + "/pv-1");
		assertThat(card.path("links").get(0).path("type").asString()).isEqualTo("absolute");
		assertThat(card.path("overrideReasons").valueStream().map(r -> r.path("code").asString()))
			.contains("patient-declined", "second-opinion-on-record");
		assertThat(UUID.fromString(card.path("uuid").asString())).isNotNull();
		assertThat(jdbc.sql("select criteria from cds_card where id = ?")
			.param(UUID.fromString(card.path("uuid").asString()))
			.query((rs, row) -> List.of((String[]) rs.getArray(1).getArray()))
			.single()).containsExactly("MAJOR_PROCEDURE_PLANNED");

		JsonNode trail = codec.mapper().readTree(RestClient.create("http://localhost:" + port).get()
			.uri("/api/v1/audit?patient={ehr}/pv-1", EHR)
			.header("Authorization", "Bearer " + KeycloakServer.shared().accessToken("admin"))
			.retrieve()
			.body(String.class));
		assertThat(trail.valueStream().map(e -> e.path("agent").path("who").asString() + " "
				+ e.path("entity").path("what").asString())).anyMatch(s -> s.contains("Patient/pv-1"));
	}

	@Test
	void givesNoCardForAPatientInThePictureWithoutAnOpenFlag() {
		PatientKey patient = new PatientKey(EHR, "pv-2");
		publish(patient, codec.mapper().readTree(spinalFusionOrder("sr-pv-2", "pv-2", "active").toString().replace("55705006", "91251008").replace("Spinal fusion", "Physical therapy procedure")));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("select count(*) from assessment where ehr_id = ? and patient_id = ?")
				.params(EHR, "pv-2").query(Long.class).single() == 1);

		Answer answer = hook(PATIENT_VIEW, patientView("pv-2", null, false));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body().path("cards").isArray()).isTrue();
		assertThat(answer.body().path("cards").isEmpty()).isTrue();
	}

	@Test
	void assessesAPatientNotSyncedYetFromThePrefetch() {
		Map<String, String> prefetch = emptyPrefetch();
		prefetch.put("patient", patientResource("unsynced-1").toString());
		prefetch.put("serviceRequests", searchset(spinalFusionOrder("sr-un-1", "unsynced-1", "active")));

		Answer answer = hook(PATIENT_VIEW, patientView("unsynced-1", prefetch, false));

		JsonNode card = single(answer);
		assertThat(card.path("indicator").asString()).isEqualTo("info");
		assertThat(card.path("detail").asString()).contains("`ServiceRequest/sr-un-1/_history/1`");
	}

	@Test
	void readsWhatThePrefetchLacksFromTheFhirServerWithTheAccessToken() {
		String patientId = create("Patient", "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Adeyemi\"}]}");
		String orderId = create("ServiceRequest", spinalFusionOrder(null, patientId, "active").toString());

		Answer withoutPrefetch = hook(PATIENT_VIEW, patientView(patientId, null, true));
		Map<String, String> nullRequests = emptyPrefetch();
		nullRequests.put("serviceRequests", "null");
		Answer withANullKey = hook(PATIENT_VIEW, patientView(patientId, nullRequests, true));
		Answer withCompletePrefetch = hook(PATIENT_VIEW, patientView(patientId, emptyPrefetch(), true));

		assertThat(single(withoutPrefetch).path("detail").asString()).contains("`ServiceRequest/" + orderId + "/_history/1`");
		assertThat(single(withANullKey).path("detail").asString()).contains("`ServiceRequest/" + orderId + "/_history/1`");
		assertThat(withCompletePrefetch.body().path("cards").isEmpty()).as("a complete prefetch is trusted").isTrue();
	}

	@Test
	void answersPreconditionFailedWhenThePrefetchIsMissingAndTheFhirServerFails() {
		Map<String, String> prefetch = emptyPrefetch();
		prefetch.remove("conditions");
		sandbox.getBean(Faults.class).failNext(50, 503);
		try {
			Answer answer = hook(PATIENT_VIEW, patientView("unsynced-2", prefetch, true));

			assertThat(answer.status()).isEqualTo(412);
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat(answer.body().path("detail").asString()).contains("HTTP 503");
		}
		finally {
			sandbox.getBean(Faults.class).clearFaults();
		}
	}

	@Test
	void refusesAFhirServerNotRegisteredForTheClient() {
		String body = patientView("unsynced-3", null, true).replace(fhirBase, "http://127.0.0.1:1/fhir");

		Answer answer = hook(PATIENT_VIEW, body);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body().path("detail").asString()).contains("is not registered for this client");
	}

	@Test
	void warnsBeforeSigningADraftMajorProcedureAndSuggestsAReferral() {
		Map<String, String> prefetch = emptyPrefetch();
		prefetch.put("patient", patientResource("os-1").toString());
		String drafts = searchset(spinalFusionOrder("draft-fusion", "os-1", "draft"),
				codec.mapper().readTree("""
						{"resourceType":"ServiceRequest","id":"draft-xray","status":"draft","intent":"order",
						 "subject":{"reference":"Patient/os-1"},
						 "code":{"coding":[{"system":"http://snomed.info/sct","code":"399208008","display":"Chest X-ray"}]}}"""));

		Answer answer = hook(ORDER_SIGN, orderSign("os-1", drafts, prefetch));

		JsonNode card = single(answer);
		assertThat(card.path("indicator").asString()).isEqualTo("warning");
		assertThat(card.path("summary").asString()).isEqualTo("Consider a second opinion before signing: Spinal fusion");
		assertThat(card.path("detail").asString()).contains("`ServiceRequest/draft-fusion`").doesNotContain("draft-xray");
		assertThat(card.path("selectionBehavior").asString()).isEqualTo("at-most-one");
		JsonNode action = card.path("suggestions").get(0).path("actions").get(0);
		assertThat(action.path("type").asString()).isEqualTo("create");
		assertThat(action.path("resource").path("resourceType").asString()).isEqualTo("ServiceRequest");
		assertThat(action.path("resource").path("reasonCode").get(0).path("coding").get(0).path("code").asString()).isEqualTo("S");
		assertThat(action.path("resource").path("reasonReference").get(0).path("reference").asString())
			.isEqualTo("ServiceRequest/draft-fusion");
		assertThat(card.path("overrideReasons").isEmpty()).isFalse();
	}

	@Test
	void warnsAboutADraftHighImpactTreatmentForAPatientInThePicture() {
		PatientKey patient = new PatientKey(EHR, "os-2");
		publish(patient, patientResource("os-2"));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("select count(*) from patient_resource where ehr_id = ? and patient_id = ?")
				.params(EHR, "os-2").query(Long.class).single() == 1);
		String drafts = searchset(codec.mapper().readTree("""
				{"resourceType":"ServiceRequest","id":"draft-chemo","status":"draft","intent":"order",
				 "subject":{"reference":"Patient/os-2"},
				 "code":{"coding":[{"system":"http://snomed.info/sct","code":"367336001","display":"Chemotherapy"}]}}"""));

		JsonNode card = single(hook(ORDER_SIGN, orderSign("os-2", drafts, null)));

		assertThat(card.path("detail").asString()).contains("HIGH_IMPACT_TREATMENT").contains("`ServiceRequest/draft-chemo`");
		assertThat(card.path("summary").asString()).contains("Chemotherapy");
	}

	@Test
	void givesNoOrderSignCardForOrdinaryDraftOrders() {
		String drafts = searchset(spinalFusionOrder("draft-ordinary", "os-3", "draft").toString().replace("55705006", "91251008").replace("Spinal fusion", "Physical therapy procedure"));

		Answer answer = hook(ORDER_SIGN, orderSign("os-3", drafts, emptyPrefetch()));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body().path("cards").isEmpty()).isTrue();
	}

	@Test
	void refusesRequestsThatBreakTheSpecificationWithProblemDetails() {
		String valid = patientView("bad-1", emptyPrefetch(), false);
		Map<String, String> cases = new LinkedHashMap<>();
		cases.put("{not json", "not valid JSON");
		cases.put("[]", "must be a JSON object");
		cases.put(valid.replace("\"hook\":\"patient-view\",", ""), "hook is required");
		cases.put(valid.replace("\"hook\":\"patient-view\"", "\"hook\":\"order-sign\""), "answers the patient-view hook");
		cases.put(valid.replaceFirst("\"hookInstance\":\"[^\"]+\",", ""), "hookInstance is required");
		cases.put(valid.replace("\"patientId\":\"bad-1\"", "\"patientId\":\"bad/1\""), "context.patientId");
		cases.put(valid.replace("\"context\":", "\"contexts\":"), "context is required");
		for (Map.Entry<String, String> bad : cases.entrySet()) {
			Answer answer = hook(PATIENT_VIEW, bad.getKey());
			assertThat(answer.status()).as(bad.getValue()).isEqualTo(400);
			assertThat(answer.contentType()).as(bad.getValue()).startsWith("application/problem+json");
			assertThat(answer.body().path("detail").asString()).as(bad.getValue()).contains(bad.getValue());
		}
		Answer noDrafts = hook(ORDER_SIGN, orderSign("bad-2", EMPTY_BUNDLE, emptyPrefetch()).replace("\"draftOrders\"", "\"drafts\""));
		assertThat(noDrafts.status()).isEqualTo(400);
		assertThat(noDrafts.body().path("detail").asString()).contains("context.draftOrders");
		assertThat(hook("/cds-services/no-such-service", valid).status()).isEqualTo(404);
	}

	@Test
	void acceptsOnlyTheRegisteredEhrsFreshSignedTokensForThisEndpoint() {
		String body = patientView("jwt-1", emptyPrefetch(), false);
		String audience = url(PATIENT_VIEW);
		String valid = tokens.token(audience);

		assertThat(send("POST", PATIENT_VIEW, valid, body).status()).isEqualTo(200);
		assertRefused(send("POST", PATIENT_VIEW, valid, body), "jti was already used");
		assertRefused(send("POST", PATIENT_VIEW, null, body), "signed JWT");
		assertRefused(send("POST", PATIENT_VIEW, tokens.token(audience, c -> c.issuer("https://elsewhere.test")), body),
				"issuer is not a registered EHR");
		assertRefused(send("POST", PATIENT_VIEW, tokens.tokenSignedByStranger(audience), body), "signature");
		assertRefused(send("POST", PATIENT_VIEW, tokens.token(url(ORDER_SIGN)), body), "aud");
		assertRefused(send("POST", PATIENT_VIEW, tokens.token(audience, c -> c
			.issueTime(Date.from(Instant.now().minusSeconds(600)))
			.expirationTime(Date.from(Instant.now().minusSeconds(360)))), body), "signature or validity period");
		assertRefused(send("POST", PATIENT_VIEW, tokens.token(audience, c -> c.jwtID(null)), body), "jti is required");
		assertRefused(send("POST", PATIENT_VIEW, tokens.token(audience, c -> c
			.expirationTime(Date.from(Instant.now().plusSeconds(3600)))), body), "longer than 5 minutes");
		assertRefused(send("POST", PATIENT_VIEW, tokens.tokenWithJku(audience, tokens.strangerJwksUrl(), false), body),
				"jku is not on the issuer's allow-list");
		assertRefused(send("POST", PATIENT_VIEW, "not-a-jwt", body), "not a signed JWT");
		assertRefused(send("POST", PATIENT_VIEW, tokens.token(audience, c -> c.subject("another-client")), body),
				"sub is not a registered client");
		assertThat(send("POST", PATIENT_VIEW, tokens.tokenWithJku(audience, tokens.alternateJwksUrl(), true), body).status())
			.as("a jku on the allow-list").isEqualTo(200);
		assertThat(send("POST", PATIENT_VIEW, "Bearer " + KeycloakServer.shared().accessToken("clinician"), body).status())
			.as("a Keycloak token is not an EHR's").isEqualTo(401);
	}

	@Test
	void storesFeedbackWithTheCardsCriteriaAndSummarisesItPerCriterionForAdmins() {
		Map<String, String> prefetch = emptyPrefetch();
		prefetch.put("serviceRequests", searchset(spinalFusionOrder("sr-fb-1", "fb-1", "active")));
		String overridden = single(hook(PATIENT_VIEW, patientView("fb-1", prefetch, false))).path("uuid").asString();
		String accepted = single(hook(PATIENT_VIEW, patientView("fb-1", prefetch, false))).path("uuid").asString();
		String feedback = """
				{"feedback":[
				 {"card":"%s","outcome":"overridden","overrideReason":{"reason":{"system":"%s","code":"patient-declined",
				  "display":"The patient declined a second opinion"},"userComment":"discussed today"},
				  "outcomeTimestamp":"2026-11-20T10:00:00Z"},
				 {"card":"%s","outcome":"accepted","acceptedSuggestions":[],"outcomeTimestamp":"2026-11-20T10:05:00+01:00"}]}"""
			.formatted(overridden, Cards.OVERRIDE_SYSTEM, accepted);

		Answer stored = hook(PATIENT_VIEW + "/feedback", feedback);

		assertThat(stored.status()).isEqualTo(200);
		assertThat(jdbc.sql("select outcome || ':' || coalesce(override_code, '-') || ':' || to_char(outcome_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI') from cds_feedback where card_id = any(?) order by outcome")
			.param(new UUID[] { UUID.fromString(overridden), UUID.fromString(accepted) })
			.query(String.class).list())
			.containsExactly("accepted:-:2026-11-20 09:05", "overridden:patient-declined:2026-11-20 10:00");

		JsonNode summary = codec.mapper().readTree(RestClient.create("http://localhost:" + port).get()
			.uri("/api/v1/rules/feedback")
			.header("Authorization", "Bearer " + KeycloakServer.shared().accessToken("admin"))
			.retrieve()
			.body(String.class));
		JsonNode major = summary.path("criteria").valueStream()
			.filter(c -> c.path("code").asString().equals("MAJOR_PROCEDURE_PLANNED")).findFirst().orElseThrow();
		assertThat(major.path("accepted").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(major.path("overridden").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(major.path("overrideReasons").path("patient-declined").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(major.path("cards").asLong()).isGreaterThanOrEqualTo(2);
		int coordinator = RestClient.create("http://localhost:" + port).get()
			.uri("/api/v1/rules/feedback")
			.header("Authorization", "Bearer " + KeycloakServer.shared().accessToken("coordinator"))
			.exchange((request, response) -> response.getStatusCode().value());
		assertThat(coordinator).isEqualTo(403);

		Answer unknown = hook(PATIENT_VIEW + "/feedback", feedback.replace(overridden, UUID.randomUUID().toString()));
		assertThat(unknown.status()).isEqualTo(404);
		Answer otherService = hook(ORDER_SIGN + "/feedback", feedback);
		assertThat(otherService.status()).as("cards of another service").isEqualTo(404);
		assertThat(hook(PATIENT_VIEW + "/feedback", "{\"feedback\":[{\"card\":\"" + accepted
				+ "\",\"outcome\":\"ignored\",\"outcomeTimestamp\":\"2026-11-20T10:00:00Z\"}]}").status()).isEqualTo(400);
	}

	@Test
	void refusesAChunkedBodyOverTheLimitAndTakesOneWithinIt() throws Exception {
		HttpResponse<String> tooLarge = ChunkedPost.send(URI.create(url(PATIENT_VIEW)), "application/json",
				ChunkedPost.jsonOfSize(2 * 1024 * 1024), Map.of("Authorization", "Bearer " + tokens.token(url(PATIENT_VIEW))));

		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(tooLarge.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(codec.mapper().readTree(tooLarge.body()).path("detail").asString()).contains("larger than the limit");

		HttpResponse<String> withinLimit = ChunkedPost.send(URI.create(url(PATIENT_VIEW)), "application/json",
				patientView("chunked-1", emptyPrefetch(), false).getBytes(StandardCharsets.UTF_8),
				Map.of("Authorization", "Bearer " + tokens.token(url(PATIENT_VIEW))));
		assertThat(withinLimit.statusCode()).as(withinLimit.body()).isEqualTo(200);
		assertThat(codec.mapper().readTree(withinLimit.body()).path("cards").isArray()).isTrue();
	}

	private void assertRefused(Answer answer, String why) {
		assertThat(answer.status()).as(why).isEqualTo(401);
		assertThat(answer.contentType()).as(why).startsWith("application/problem+json");
		assertThat(answer.body().path("detail").asString()).as(why).contains(why);
		assertThat(answer.body().path("status").asInt()).as(why).isEqualTo(401);
		assertThat(answer.body().path("title").asString()).as(why).isEqualTo("Unauthorized");
	}

	// ---- requests as an EHR sends them

	private String patientView(String patientId, @Nullable Map<String, String> prefetch, boolean withFhirAccess) {
		return request("patient-view", "\"userId\":\"Practitioner/pr-1\",\"patientId\":\"" + patientId + "\"", prefetch,
				withFhirAccess);
	}

	private String orderSign(String patientId, String draftOrders, @Nullable Map<String, String> prefetch) {
		return request("order-sign", "\"userId\":\"Practitioner/pr-1\",\"patientId\":\"" + patientId
				+ "\",\"draftOrders\":" + draftOrders, prefetch, prefetch == null);
	}

	private String request(String hook, String context, @Nullable Map<String, String> prefetch, boolean withFhirAccess) {
		StringBuilder body = new StringBuilder("{\"hookInstance\":\"" + UUID.randomUUID() + "\",\"hook\":\"" + hook
				+ "\",\"fhirServer\":\"" + fhirBase + "\",");
		if (withFhirAccess) {
			body.append("\"fhirAuthorization\":{\"access_token\":\"ehr-access-token\",\"token_type\":\"Bearer\","
					+ "\"expires_in\":300,\"scope\":\"user/*.read\",\"subject\":\"second-opinion\"},");
		}
		body.append("\"context\":{").append(context).append('}');
		if (prefetch != null) {
			body.append(",\"prefetch\":{");
			body.append(String.join(",", prefetch.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue()).toList()));
			body.append('}');
		}
		return body.append('}').toString();
	}

	private static Map<String, String> emptyPrefetch() {
		Map<String, String> prefetch = new LinkedHashMap<>();
		CdsService.RECORD_PREFETCH.keySet().forEach(key -> prefetch.put(key, EMPTY_BUNDLE));
		// the patient is read from the FHIR server, where the unsynced test patients do not exist
		prefetch.remove("patient");
		return prefetch;
	}

	private String searchset(JsonNode... resources) {
		StringBuilder bundle = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"entry\":[");
		for (int i = 0; i < resources.length; i++) {
			bundle.append(i == 0 ? "" : ",").append("{\"resource\":").append(resources[i]).append(",\"search\":{\"mode\":\"match\"}}");
		}
		return bundle.append("]}").toString();
	}

	private String searchset(String resource) {
		return searchset(codec.mapper().readTree(resource));
	}

	private JsonNode patientResource(String id) {
		return codec.mapper().readTree("""
				{"resourceType":"Patient","id":"%s","meta":{"versionId":"1","lastUpdated":"2026-05-01T10:00:00Z"},
				 "name":[{"family":"Okafor","given":["Ada"]}],"birthDate":"1958-02-03"}""".formatted(id));
	}

	/** A spinal fusion order; a draft order or one to create carries no id or version of the EHR's. */
	private JsonNode spinalFusionOrder(@Nullable String id, String patientId, String status) {
		String meta = id == null || "draft".equals(status) ? ""
				: "\"meta\":{\"versionId\":\"1\",\"lastUpdated\":\"2026-05-02T10:00:00Z\"},";
		return codec.mapper().readTree("""
				{"resourceType":"ServiceRequest",%s%s
				 "status":"%s","intent":"order","subject":{"reference":"Patient/%s"},"authoredOn":"2026-05-02",
				 "code":{"coding":[{"system":"http://snomed.info/sct","code":"55705006","display":"Spinal fusion"}]}}"""
			.formatted(id == null ? "" : "\"id\":\"" + id + "\",", meta, status, patientId));
	}

	private void publish(PatientKey patient, JsonNode resource) {
		kafka.send(Topics.EHR_RESOURCES, patient.toString(),
				codec.write(ResourceEvents.upserted(EHR, resource, OffsetDateTime.now(ZoneOffset.UTC)))).join();
	}

	/** Creates a resource in the sandbox EHR and answers its id. */
	private String create(String type, String json) {
		String location = RestClient.create(fhirBase).post()
			.uri("/" + type)
			.header("Content-Type", "application/fhir+json")
			.body(json)
			.retrieve()
			.toBodilessEntity()
			.getHeaders()
			.getLocation()
			.getPath();
		String afterType = location.substring(location.indexOf("/" + type + "/") + type.length() + 2);
		return afterType.contains("/") ? afterType.substring(0, afterType.indexOf('/')) : afterType;
	}

	// ---- HTTP

	private JsonNode single(Answer answer) {
		assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
		assertThat(answer.body().path("cards").size()).as(answer.body().toString()).isEqualTo(1);
		return answer.body().path("cards").get(0);
	}

	private Answer hook(String path, String body) {
		return send("POST", path, tokens.token(url(path)), body);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private Answer send(String method, String path, @Nullable String token, @Nullable String body) {
		RestClient.RequestBodySpec request = RestClient.create("http://localhost:" + port)
			.method(org.springframework.http.HttpMethod.valueOf(method))
			.uri(path)
			.header("Content-Type", "application/json");
		if (token != null) {
			request.header("Authorization", token.startsWith("Bearer ") ? token : "Bearer " + token);
		}
		if (body != null) {
			request.body(body);
		}
		return request.exchange((req, response) -> {
			byte[] bytes = response.getBody().readAllBytes();
			String type = response.getHeaders().getContentType() == null ? ""
					: response.getHeaders().getContentType().toString();
			JsonNode json = bytes.length == 0 ? codec.mapper().createObjectNode() : codec.mapper().readTree(bytes);
			return new Answer(response.getStatusCode().value(), type, json);
		});
	}

	record Answer(int status, String contentType, JsonNode body) {
	}

}
