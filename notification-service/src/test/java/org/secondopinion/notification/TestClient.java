package org.secondopinion.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.CriterionCode;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.EventType;
import org.secondopinion.events.FlagEvents;
import org.secondopinion.events.FlagPayload;
import org.secondopinion.events.FlagStatus;
import org.secondopinion.events.Priority;
import org.secondopinion.events.Topics;
import org.secondopinion.testing.keycloak.KeycloakServer;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

import static org.awaitility.Awaitility.await;

/** Publishes flag events and calls the case API as one of the realm's users, for integration tests. */
public final class TestClient {

	private final KafkaTemplate<String, byte[]> kafka;

	private final EventCodec codec;

	private final int port;

	private static final Duration TOKEN_REUSE = Duration.ofSeconds(30);

	private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

	/** A fresh EHR id per test class, so that tests sharing a database do not see each other's cases. */
	public final String ehr = "ehr" + UUID.randomUUID().toString().substring(0, 8);

	public TestClient(KafkaTemplate<String, byte[]> kafka, EventCodec codec, int port) {
		this.kafka = kafka;
		this.codec = codec;
		this.port = port;
	}

	public static FlagPayload.CriterionMet criterion(String code, String reason) {
		return new FlagPayload.CriterionMet(CriterionCode.of(code), reason,
				List.of(new FlagPayload.Evidence("ServiceRequest/sr-1/_history/1", "Spinal fusion")));
	}

	public FlagPayload flag(String patientId, String facility, Priority priority, FlagStatus status,
			FlagPayload.CriterionMet... criteria) {
		return flag("flag-" + ehr + "-" + patientId, patientId, facility, priority, status, criteria);
	}

	public FlagPayload flag(String flagId, String patientId, String facility, Priority priority, FlagStatus status,
			FlagPayload.CriterionMet... criteria) {
		return new FlagPayload(flagId, new FlagPayload.PatientSummary(ehr, patientId, "Ada Okafor", "1958-02-03", "MRN-1"),
				facility, priority, status, List.of(criteria), new FlagPayload.CoverageSummary("Acme Health", "Gold", "active"),
				"test", OffsetDateTime.now(ZoneOffset.UTC));
	}

	public void publish(EventType type, FlagPayload flag) {
		publish(UUID.randomUUID().toString(), type, flag);
	}

	public void publish(String eventId, EventType type, FlagPayload flag) {
		kafka.send(Topics.ASSESSMENT_FLAGS, FlagEvents.keyOf(flag).toString(),
				codec.write(FlagEvents.of(codec, eventId, type, flag, OffsetDateTime.now(ZoneOffset.UTC)))).join();
	}

	/** Waits for the patient's case to be listed, and returns its id. */
	public String awaitCase(String patientId) {
		return await().atMost(Duration.ofSeconds(60))
			.until(() -> casesOf(patientId), list -> !list.isEmpty())
			.get(0)
			.path("id")
			.asString();
	}

	public List<JsonNode> casesOf(String patientId) {
		return get("/api/v1/cases?size=200", "admin").body().path("items").valueStream()
			.filter(c -> c.path("patient").path("ehrId").asString().equals(ehr)
					&& c.path("patient").path("id").asString().equals(patientId))
			.toList();
	}

	public JsonNode caseDetail(String caseId) {
		return get("/api/v1/cases/" + caseId, "admin").body();
	}

	public Response get(String path, @Nullable String user) {
		return client().get().uri(path).headers(h -> {
			if (user != null) {
				h.setBearerAuth(token(user));
			}
		}).exchange((request, response) -> read(response));
	}

	public Response post(String path, String user, @Nullable String json) {
		RestClient.RequestBodySpec spec = client().post()
			.uri(path)
			.headers(h -> h.setBearerAuth(token(user)));
		if (json != null) {
			spec = spec.contentType(MediaType.APPLICATION_JSON).body(json);
		}
		return spec.exchange((request, response) -> read(response));
	}

	/** A token of {@code user}, reused for a while: fewer password grants for the realm's brute-force guard to count. */
	public static String token(String user) {
		return TOKENS.compute(user, (name, cached) -> cached != null && cached.fetched().plus(TOKEN_REUSE).isAfter(Instant.now())
				? cached : new Token(KeycloakServer.shared().accessToken(name), Instant.now())).value();
	}

	private record Token(String value, Instant fetched) {
	}

	private Response read(RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse response) throws java.io.IOException {
		byte[] body = response.getBody().readAllBytes();
		return new Response(response.getStatusCode().value(),
				response.getHeaders().getContentType() == null ? "" : response.getHeaders().getContentType().toString(),
				body.length == 0 ? codec.mapper().createObjectNode() : codec.mapper().readTree(body));
	}

	private RestClient client() {
		return RestClient.create("http://localhost:" + port);
	}

	/** An HTTP answer: status, content type and JSON body. */
	public record Response(int status, String contentType, JsonNode body) {
	}

}
