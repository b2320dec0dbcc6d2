package org.secondopinion.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ca.uhn.fhir.context.FhirContext;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.secondopinion.assessment.AssessmentServiceApplication;
import org.secondopinion.events.Topics;
import org.secondopinion.gateway.FhirGatewayApplication;
import org.secondopinion.notification.NotificationServiceApplication;
import org.secondopinion.sandbox.SandboxEhrApplication;
import org.secondopinion.testing.SharedKafka;
import org.secondopinion.testing.keycloak.KeycloakServer;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What operators see of the running system: one trace per EHR change across the services, and every metric the
 * Grafana dashboard queries on {@code /actuator/prometheus}.
 */
class ObservabilityIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");

	/** A metric in a PromQL expression: a name followed by its label matchers. */
	private static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{");

	private static ConfigurableApplicationContext sandbox;

	private static ConfigurableApplicationContext assessment;

	private static ConfigurableApplicationContext notification;

	private static ConfigurableApplicationContext gateway;

	private static IGenericClient ehr;

	/** Every log line of the running services, with the trace id their structured form prints. */
	private static final ListAppender<ILoggingEvent> LOGS = new ListAppender<>();

	@BeforeAll
	static void startTheSystemWithEveryTraceRecorded() {
		sandbox = SandboxEhrApplication.start("--server.port=0", "--second-opinion.sandbox.patients=0",
				"--spring.main.banner-mode=off");
		String ehrUrl = "http://127.0.0.1:" + EmbeddedServices.port(sandbox) + "/fhir";
		ehr = FhirContext.forR4Cached().newRestfulGenericClient(ehrUrl);
		assessment = AssessmentServiceApplication.start(traced(EmbeddedServices.arguments("observed_assessment")));
		notification = NotificationServiceApplication.start(traced(EmbeddedServices.arguments("observed_notification")));
		gateway = FhirGatewayApplication.start(traced(Stream.concat(
				Stream.of(EmbeddedServices.arguments("observed_gateway")),
				Stream.of("--second-opinion.gateway.ehrs[0].id=north", "--second-opinion.gateway.ehrs[0].base-url=" + ehrUrl,
						"--second-opinion.gateway.poll-interval=500ms"))
			.toArray(String[]::new)));
		// Attached once every service has started: each start sets logging up again.
		Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
		LOGS.setContext(root.getLoggerContext());
		LOGS.start();
		root.addAppender(LOGS);
	}

	private static String[] traced(String[] arguments) {
		return Stream.concat(Stream.of(arguments), Stream.of("--management.tracing.sampling.probability=1.0",
				"--second-opinion.test.capture-spans=true"))
			.toArray(String[]::new);
	}

	/** A copy of the lines logged so far ({@code AppenderBase} appends under the appender's lock). */
	private static List<ILoggingEvent> logLines() {
		synchronized (LOGS) {
			return List.copyOf(LOGS.list);
		}
	}

	@AfterAll
	static void stopTheSystem() {
		((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(LOGS);
		Stream.of(gateway, notification, assessment, sandbox).forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void oneEhrChangeIsOneTraceFromTheGatewaysPublishToTheNotificationServicesCaseAndItsAlert() {
		String patient = createPatient("Okonkwo", "Chidi");
		orderInAWeek(patient, "55705006", "Spinal fusion");
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> caseOf(patient) != null);

		String traceparent = traceparentOfFlagEvent("north/Patient/" + patient);
		assertThat(traceparent).as("the flag event carries a W3C traceparent").matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
		String traceId = traceparent.split("-")[1];

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			List<SpanData> trace = CapturedSpans.all().stream().filter(span -> span.getTraceId().equals(traceId)).toList();
			assertThat(trace).as("the gateway published the change in this trace")
				.anyMatch(span -> service(span).equals("fhir-gateway") && span.getKind() == SpanKind.PRODUCER);
			assertThat(trace).as("the assessment service consumed it, re-assessed and published the flag in it")
				.anyMatch(span -> service(span).equals("assessment-service") && span.getKind() == SpanKind.CONSUMER)
				.anyMatch(span -> service(span).equals("assessment-service") && span.getName().equals("reassessment"))
				.anyMatch(span -> service(span).equals("assessment-service") && span.getKind() == SpanKind.PRODUCER);
			assertThat(trace).as("the notification service opened the case in it")
				.anyMatch(span -> service(span).equals("notification-service") && span.getKind() == SpanKind.CONSUMER);
		});
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(CapturedSpans.all())
			.as("the notification service sent the case's alert in it")
			.anyMatch(span -> span.getTraceId().equals(traceId) && service(span).equals("notification-service")
					&& span.getName().equals("alert delivery")));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(logLines()).as("the gateway's log line of the sync pass that published it carries the trace id")
				.anyMatch(line -> line.getLoggerName().startsWith("org.secondopinion.gateway.")
						&& traceId.equals(line.getMDCPropertyMap().get("traceId")));
			assertThat(logLines()).as("the notification service's log line of the alert sent carries the same trace id")
				.anyMatch(line -> line.getLoggerName().startsWith("org.secondopinion.notification.")
						&& traceId.equals(line.getMDCPropertyMap().get("traceId")));
		});
	}

	@Test
	void everyMetricTheDashboardQueriesIsExposedWithoutATokenAndTheOtherActuatorEndpointsStayClosed() throws IOException {
		String patient = createPatient("Haddad", "Rania");
		order(patient, "55705006", "Spinal fusion");
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> caseOf(patient) != null);
		publishUnreadableResourceEvent();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> metricNames(assessment).contains("assessment_intake_dead_letters_total"));
		assessmentOf(patient);

		Set<String> exposed = new HashSet<>();
		for (ConfigurableApplicationContext service : List.of(gateway, assessment, notification)) {
			exposed.addAll(metricNames(service));
			assertThat(status(service, "/actuator/metrics")).as("other actuator endpoints need a token").isEqualTo(401);
		}
		Set<String> queried = dashboardMetrics();
		assertThat(queried).as("the dashboard queries the pipeline's own metrics")
			.contains("gateway_sync_lag_seconds", "assessment_flags_changes_total", "notification_deliveries_pending",
					"http_server_requests_seconds_bucket", "jvm_memory_used_bytes");
		assertThat(exposed).as("metrics the dashboard queries but no service exposes").containsAll(queried);
	}

	private static String service(SpanData span) {
		String name = span.getResource().getAttribute(SERVICE_NAME);
		return name == null ? "" : name;
	}

	private static Set<String> dashboardMetrics() throws IOException {
		JsonNode dashboard = JSON.readTree(Files.readString(Path.of("..", "deploy", "grafana", "second-opinion.json")));
		Set<String> names = new TreeSet<>();
		dashboard.path("panels").valueStream().flatMap(panel -> panel.path("targets").valueStream()).forEach(target -> {
			Matcher selector = SELECTOR.matcher(target.path("expr").asString());
			while (selector.find()) {
				names.add(selector.group(1));
			}
		});
		return names;
	}

	private static Set<String> metricNames(ConfigurableApplicationContext service) {
		String scrape = RestClient.create("http://127.0.0.1:" + EmbeddedServices.port(service))
			.get()
			.uri("/actuator/prometheus")
			.retrieve()
			.body(String.class);
		return scrape.lines()
			.filter(line -> !line.isBlank() && !line.startsWith("#"))
			.map(line -> line.split("[{ ]", 2)[0])
			.collect(Collectors.toSet());
	}

	private static int status(ConfigurableApplicationContext service, String path) {
		return RestClient.create("http://127.0.0.1:" + EmbeddedServices.port(service))
			.get()
			.uri(path)
			.exchange((request, response) -> response.getStatusCode().value());
	}

	private static String traceparentOfFlagEvent(String key) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers(),
				ConsumerConfig.GROUP_ID_CONFIG, "observability-" + UUID.randomUUID(),
				ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
			List<TopicPartition> partitions = consumer.partitionsFor(Topics.ASSESSMENT_FLAGS)
				.stream()
				.map(info -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			String latest = null;
			long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (System.nanoTime() < deadline) {
				var records = consumer.poll(Duration.ofMillis(500));
				for (ConsumerRecord<String, byte[]> record : records) {
					Header header = record.headers().lastHeader("traceparent");
					if (key.equals(record.key()) && header != null) {
						latest = new String(header.value(), StandardCharsets.US_ASCII);
					}
				}
				if (records.isEmpty() && latest != null) {
					return latest;
				}
			}
		}
		throw new AssertionError("No flag event with a traceparent header for " + key);
	}

	private static void publishUnreadableResourceEvent() {
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers(),
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
			producer.send(new ProducerRecord<>(Topics.EHR_RESOURCES, "north/Patient/unreadable",
					"not a CloudEvent".getBytes(StandardCharsets.UTF_8)));
		}
	}

	private static String createPatient(String family, String given) {
		Patient patient = new Patient();
		patient.addName().setFamily(family).addGiven(given);
		patient.setBirthDateElement(new DateType("1958-03-04"));
		patient.setManagingOrganization(new Reference("Organization/org-north").setDisplay("North Clinic"));
		return ehr.create().resource(patient).execute().getId().getIdPart();
	}

	private static void order(String patientId, String snomed, String display) {
		StackFixtures.order(ehr, patientId, snomed, display);
	}

	/** An order planned a week ahead: an urgent case, whose alert is sent at once. */
	private static void orderInAWeek(String patientId, String snomed, String display) {
		ServiceRequest request = new ServiceRequest();
		request.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
		request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
		request.setSubject(new Reference(new IdType("Patient", patientId)));
		request.setCode(new CodeableConcept(new Coding("http://snomed.info/sct", snomed, display)));
		request.setOccurrence(new DateTimeType(java.util.Date.from(java.time.Instant.now().plus(Duration.ofDays(7)))));
		ehr.create().resource(request).execute();
	}

	private static JsonNode caseOf(String patientId) {
		JsonNode page = StackFixtures.worklist(notification);
		return page.path("items")
			.valueStream()
			.filter(item -> item.path("patient").path("id").asString().equals(patientId))
			.findFirst()
			.orElse(null);
	}

	private static void assessmentOf(String patientId) {
		RestClient.create("http://127.0.0.1:" + EmbeddedServices.port(assessment))
			.get()
			.uri("/api/v1/patients/north/{id}/assessment", patientId)
			.header("Authorization", "Bearer " + KeycloakServer.shared().accessToken("clinician"))
			.retrieve()
			.toBodilessEntity();
	}

}
