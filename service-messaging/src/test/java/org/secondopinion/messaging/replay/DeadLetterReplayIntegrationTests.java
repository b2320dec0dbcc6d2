package org.secondopinion.messaging.replay;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.secondopinion.events.Topics;
import org.secondopinion.security.Roles;
import org.secondopinion.testing.TestInfrastructure;
import org.secondopinion.testing.keycloak.KeycloakServer;
import org.secondopinion.testing.web.Access;
import org.secondopinion.testing.web.AccessCheck;
import org.secondopinion.testing.web.Endpoint;
import org.secondopinion.testing.web.MappedEndpoints;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.secondopinion.testing.web.Access.roles;

/**
 * A real broker, a listener that dead-letters what it cannot take, and the admins' replay over HTTP with Keycloak
 * tokens: what failed goes through once the cause is fixed, a second replay does nothing, a record failing again
 * waits on the dead-letter topic instead of looping, and only admins may list or replay.
 */
@SpringBootTest(classes = DeadLetterReplayIntegrationTests.Service.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.application.name=replay-test", "spring.kafka.consumer.group-id=replay-test",
				"spring.kafka.consumer.auto-offset-reset=earliest" })
class DeadLetterReplayIntegrationTests {

	static final String FIXED = "replay-fixed.v1";

	static final String BROKEN = "replay-broken.v1";

	static final AtomicBoolean accepting = new AtomicBoolean(false);

	static final Queue<ConsumerRecord<String, String>> received = new ConcurrentLinkedQueue<>();

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "dead_letter_replay");
	}

	@Autowired
	KafkaTemplate<Object, Object> kafka;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Value("${local.server.port}")
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void replaysADeadLetterOnceItsCauseIsFixedAndASecondReplayDoesNothing() throws Exception {
		send(FIXED, "north/Patient/p-1", "{\"poison\":true}");
		send(FIXED, "north/Patient/p-2", "{\"fine\":true}");
		await().atMost(Duration.ofSeconds(30)).until(() -> keys(FIXED).contains("north/Patient/p-2"));
		await().atMost(Duration.ofSeconds(30)).until(() -> list(FIXED, "").path("count").asInt() == 1);

		JsonNode waiting = list(FIXED, "");
		assertThat(waiting.path("deadLetterTopic").asString()).isEqualTo(Topics.deadLetter(FIXED));
		assertThat(waiting.path("pending").asInt()).isEqualTo(1);
		JsonNode letter = waiting.path("records").get(0);
		assertThat(letter.path("key").asString()).isEqualTo("north/Patient/p-1");
		assertThat(letter.path("exception").asString()).endsWith("IllegalArgumentException");
		assertThat(letter.has("value")).as("never the content").isFalse();
		assertThat(keys(FIXED)).doesNotContain("north/Patient/p-1");

		accepting.set(true);
		JsonNode replay = replay(FIXED, "");

		assertThat(replay.path("replayed").asInt()).isEqualTo(1);
		await().atMost(Duration.ofSeconds(30)).until(() -> keys(FIXED).contains("north/Patient/p-1"));
		ConsumerRecord<String, String> through = received.stream()
			.filter(r -> r.key().equals("north/Patient/p-1"))
			.findFirst()
			.orElseThrow();
		assertThat(through.value()).isEqualTo("{\"poison\":true}");
		assertThat(header(through, "trace-note")).as("the original headers travel on").isEqualTo("kept");
		assertThat(header(through, DeadLetterReplay.REPLAYED_FROM_HEADER)).isEqualTo(Topics.deadLetter(FIXED) + "/"
				+ letter.path("partition").asInt() + "/" + letter.path("offset").asLong());
		assertThat(through.headers().lastHeader("kafka_dlt-exception-fqcn")).isNull();

		assertThat(replay(FIXED, "").path("replayed").asInt()).as("a second replay").isZero();
		assertThat(list(FIXED, "").path("pending").asInt()).isZero();
		assertThat(received.stream().filter(r -> r.key().equals("north/Patient/p-1")).count()).isEqualTo(1);

		List<Map<String, Object>> audit = jdbc
			.sql("select agent_username, patient_ehr_id, patient_id, entity from audit_event where subtype = 'dead-letter-replay'")
			.query()
			.listOfRows();
		assertThat(audit).anySatisfy(row -> {
			assertThat(row.get("agent_username")).isEqualTo("admin");
			assertThat(row.get("patient_ehr_id")).isEqualTo("north");
			assertThat(row.get("patient_id")).isEqualTo("p-1");
			assertThat(row.get("entity").toString()).startsWith(Topics.deadLetter(FIXED) + "/");
		});
	}

	@Test
	void aRecordThatFailsAgainWaitsOnTheDeadLetterTopicForTheNextReplayInsteadOfLooping() throws Exception {
		send(BROKEN, "south/Patient/p-9", "{\"poison\":true}");
		await().atMost(Duration.ofSeconds(30)).until(() -> list(BROKEN, "").path("count").asInt() == 1);

		assertThat(replay(BROKEN, "?key=south/Patient/p-9").path("replayed").asInt()).isEqualTo(1);

		await().atMost(Duration.ofSeconds(30)).until(() -> list(BROKEN, "").path("count").asInt() == 2);
		Thread.sleep(2_000);
		JsonNode again = list(BROKEN, "?key=south/Patient/p-9");
		assertThat(again.path("count").asInt()).as("dead-lettered once more, not in a loop").isEqualTo(2);
		assertThat(again.path("pending").asInt()).isEqualTo(1);
		assertThat(again.path("records").get(1).path("replayedBefore").asString())
			.isEqualTo(Topics.deadLetter(BROKEN) + "/" + again.path("records").get(0).path("partition").asInt() + "/"
					+ again.path("records").get(0).path("offset").asLong());
	}

	@Test
	void answersAnUnknownTopicWithAProblemAndAdmitsOnlyAdmins() throws Exception {
		HttpResponse<String> unknown = call("GET", "/api/v1/admin/dead-letters/ehr.unknown.v1",
				KeycloakServer.shared().accessToken("admin"));
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains(FIXED);

		Map<Endpoint, Access> table = Map.of(Endpoint.of("GET /api/v1/admin/dead-letters/{topic}"), roles(Roles.ADMIN),
				Endpoint.of("POST /api/v1/admin/dead-letters/{topic}/replay"), roles(Roles.ADMIN),
				Endpoint.of("GET /api/v1/audit"), roles(Roles.ADMIN));
		AccessCheck check = new AccessCheck("http://localhost:" + port,
				AccessCheck.realmRoleTokens(KeycloakServer.shared(), "notification-service"), table);
		assertThat(check.failures(MappedEndpoints.of(context, "org.secondopinion"))).isEmpty();
	}

	private void send(String topic, String key, String value) throws Exception {
		ProducerRecord<Object, Object> record = new ProducerRecord<>(topic, key, value);
		record.headers().add("trace-note", "kept".getBytes(StandardCharsets.UTF_8));
		kafka.send(record).get();
	}

	private static List<String> keys(String topic) {
		return received.stream().filter(r -> r.topic().equals(topic)).map(ConsumerRecord::key).toList();
	}

	private static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}

	private JsonNode list(String topic, String query) throws Exception {
		HttpResponse<String> response = call("GET", "/api/v1/admin/dead-letters/" + topic + query,
				KeycloakServer.shared().accessToken("admin"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private JsonNode replay(String topic, String query) throws Exception {
		HttpResponse<String> response = call("POST", "/api/v1/admin/dead-letters/" + topic + "/replay" + query,
				KeycloakServer.shared().accessToken("admin"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private HttpResponse<String> call(String method, String path, String token) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.header("Authorization", "Bearer " + token)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A service that consumes two topics: one whose poison records it takes once fixed, one it never takes. */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Service {

		@Bean
		NewTopic fixed() {
			return TopicBuilder.name(FIXED).partitions(3).build();
		}

		@Bean
		NewTopic fixedDeadLetters() {
			return TopicBuilder.name(Topics.deadLetter(FIXED)).partitions(3).build();
		}

		@Bean
		NewTopic broken() {
			return TopicBuilder.name(BROKEN).partitions(3).build();
		}

		@Bean
		NewTopic brokenDeadLetters() {
			return TopicBuilder.name(Topics.deadLetter(BROKEN)).partitions(3).build();
		}

		@KafkaListener(topics = FIXED)
		void fixedOne(ConsumerRecord<String, String> record) {
			if (!accepting.get() && record.value().contains("poison")) {
				throw new IllegalArgumentException("not accepted yet");
			}
			received.add(record);
		}

		@KafkaListener(topics = BROKEN)
		void brokenOne(ConsumerRecord<String, String> record) {
			if (record.value().contains("poison")) {
				throw new IllegalArgumentException("never accepted");
			}
			received.add(record);
		}

	}

}
