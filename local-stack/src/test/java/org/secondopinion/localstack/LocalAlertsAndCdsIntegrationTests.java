package org.secondopinion.localstack;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.secondopinion.assessment.AssessmentServiceApplication;
import org.secondopinion.events.EhrId;
import org.secondopinion.events.PatientRef;
import org.secondopinion.gateway.FhirGatewayApplication;
import org.secondopinion.notification.NotificationServiceApplication;
import org.secondopinion.sandbox.SandboxEhrApplication;
import org.secondopinion.testing.keycloak.KeycloakServer;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The local stack's own mail server and CDS Hooks client, wired as {@link LocalStack} wires them: an urgent scenario
 * case's alert waits as a pending delivery (on the case and in health) while the mail server is stopped, arrives
 * once it is started and shows on the stack's mail page; and the sandbox EHR gets a patient-view card.
 */
class LocalAlertsAndCdsIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String URGENT_PATIENT = "scn-major-1";

	private static LocalMail mail;

	private static HttpServer tools;

	private static LocalCdsClient cds;

	private static final List<ConfigurableApplicationContext> services = new ArrayList<>();

	private static ConfigurableApplicationContext notification;

	@BeforeAll
	static void startTheSystemWithItsMailServerStopped() throws IOException {
		tools = LocalStack.toolsServer(0);
		String toolsUrl = "http://127.0.0.1:" + tools.getAddress().getPort();
		mail = LocalMail.start(0);
		mail.stopSmtp();
		ConfigurableApplicationContext sandbox = SandboxEhrApplication.start("--server.port=0",
				"--second-opinion.sandbox.patients=0", "--second-opinion.sandbox.scenarios.enabled=true",
				"--spring.main.banner-mode=off");
		services.add(sandbox);
		String ehrUrl = "http://127.0.0.1:" + EmbeddedServices.port(sandbox) + "/fhir";
		int assessmentPort = freePort();
		cds = new LocalCdsClient(toolsUrl, EhrId.of("sandbox"), ehrUrl, "http://127.0.0.1:" + assessmentPort);
		mail.serveOn(tools);
		cds.serveOn(tools);
		tools.start();
		services.add(AssessmentServiceApplication.start(Stream.concat(
				Stream.of(EmbeddedServices.arguments("assessment_cds"))
					.map(arg -> arg.equals("--server.port=0") ? "--server.port=" + assessmentPort : arg),
				cds.assessmentArguments().stream()).toArray(String[]::new)));
		notification = NotificationServiceApplication.start(Stream.concat(
				Stream.of(EmbeddedServices.arguments("notification_mail")), mail.notificationArguments().stream())
			.toArray(String[]::new));
		services.add(notification);
		services.add(FhirGatewayApplication.start(Stream.concat(Stream.of(EmbeddedServices.arguments("gateway_mail")),
				Stream.of("--second-opinion.gateway.ehrs[0].id=sandbox", "--second-opinion.gateway.ehrs[0].base-url=" + ehrUrl,
						"--second-opinion.gateway.poll-interval=500ms"))
			.toArray(String[]::new)));
	}

	@AfterAll
	static void stopTheSystem() {
		services.reversed().forEach(ConfigurableApplicationContext::close);
		tools.stop(0);
		mail.close();
	}

	@Test
	void anUrgentCasesEmailWaitsWhileTheMailServerIsStoppedAndShowsOnTheMailPageOnceItIsBack() throws Exception {
		JsonNode kase = await().atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> caseOf(URGENT_PATIENT), item -> item != null);
		String id = kase.path("id").asString();
		assertThat(kase.path("priority").asString()).isEqualTo("urgent");

		JsonNode pending = await().atMost(Duration.ofMinutes(1))
			.until(() -> notificationGet("/api/v1/cases/" + id), detail -> detail.path("deliveries").valueStream()
				.anyMatch(d -> d.path("channel").asString().equals("email") && !d.path("lastError").isMissingNode()
						&& !d.path("lastError").isNull()));
		assertThat(pending.path("deliveryPending").asBoolean()).isTrue();
		JsonNode health = notificationGet("/actuator/health").path("components").path("deliveries");
		assertThat(health.path("status").asString()).isEqualTo("WARNING");
		assertThat(health.path("details").path("email.pending").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(get(URI.create(toolsUrl() + "/mail")).body()).contains("0 message(s)").contains("(stopped)");

		mail.startSmtp();

		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> assertThat(notificationGet("/api/v1/cases/" + id).path("deliveryPending").asBoolean())
				.isFalse());
		assertThat(mail.received()).anySatisfy(message -> assertThat(GreenMailUtil.getBody(message)).contains(id));
		String page = get(URI.create(toolsUrl() + "/mail")).body();
		assertThat(page).contains("URGENT case for review").contains("/cases/" + id).doesNotContain("(stopped)");
		// other cases' e-mails failed too while the server was stopped: each goes once its own backoff is over
		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> assertThat(notificationGet("/actuator/health").path("components")
				.path("deliveries").path("details").path("failing").asInt()).isZero());
	}

	@Test
	void theSandboxEhrGetsAPatientViewCardForAnUrgentScenarioPatient() throws Exception {
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
			.until(() -> caseOf(URGENT_PATIENT), item -> item != null);

		HttpResponse<String> response = get(URI.create(cds.patientViewUrl(PatientRef.of("sandbox", URGENT_PATIENT))));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode card = JSON.readTree(response.body()).path("cards").get(0);
		assertThat(card.path("summary").asString()).startsWith("Second opinion may be warranted");
		assertThat(card.path("indicator").asString()).isEqualTo("critical");
		assertThat(get(URI.create(toolsUrl() + "/cds/patient-view")).statusCode()).isEqualTo(400);
	}

	private static JsonNode caseOf(String patientId) throws Exception {
		return notificationGet("/api/v1/cases?size=200").path("items").valueStream()
			.filter(item -> item.path("patient").path("id").asString().equals(patientId))
			.findFirst()
			.orElse(null);
	}

	private static JsonNode notificationGet(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + EmbeddedServices.port(notification) + path))
				.header("Authorization", "Bearer " + KeycloakServer.shared().accessToken("admin"))
				.build(), HttpResponse.BodyHandlers.ofString());
		return JSON.readTree(response.body());
	}

	private static HttpResponse<String> get(URI uri) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String toolsUrl() {
		return "http://127.0.0.1:" + tools.getAddress().getPort();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
