package org.secondopinion.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.secondopinion.security.Roles;
import org.secondopinion.testing.TestInfrastructure;
import org.secondopinion.testing.keycloak.KeycloakServer;
import org.secondopinion.testing.web.Access;
import org.secondopinion.testing.web.AccessCheck;
import org.secondopinion.testing.web.AccessCheck.BrowserSession;
import org.secondopinion.testing.web.ApiDescription;
import org.secondopinion.testing.web.Endpoint;
import org.secondopinion.testing.web.MappedEndpoints;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.testing.web.Access.roles;
import static org.secondopinion.testing.web.Access.session;

/**
 * Every endpoint the notification service maps is in its API description, and admits exactly the roles of the table
 * below, checked by calling it with a token of each realm role, without one, and (pages of the coordinator UI) from
 * a signed-in browser session of each user.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=notification-service", "spring.kafka.consumer.group-id=notification-${random.uuid}" })
@DirtiesContext
class ApiEndpointsIntegrationTests {

	/** Who may call what; an endpoint missing here fails the test. */
	static final Map<Endpoint, Access> ACCESS = Map.ofEntries(
			Map.entry(Endpoint.of("GET /api/v1/cases"), roles(Roles.CARE_COORDINATOR, Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /api/v1/cases/{id}"), roles(Roles.CARE_COORDINATOR, Roles.ADMIN)),
			Map.entry(Endpoint.of("POST /api/v1/cases/{id}/acknowledge"), roles(Roles.CARE_COORDINATOR, Roles.ADMIN)),
			Map.entry(Endpoint.of("POST /api/v1/cases/{id}/review"), roles(Roles.CARE_COORDINATOR, Roles.ADMIN)),
			Map.entry(Endpoint.of("POST /api/v1/cases/{id}/assign"), roles(Roles.CARE_COORDINATOR, Roles.ADMIN)),
			Map.entry(Endpoint.of("POST /api/v1/cases/{id}/refer"), roles(Roles.CARE_COORDINATOR, Roles.ADMIN)),
			Map.entry(Endpoint.of("POST /api/v1/cases/{id}/close"), roles(Roles.CARE_COORDINATOR, Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /api/v1/cases/close-reasons"), roles(Roles.CARE_COORDINATOR, Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /api/v1/cases/{id}/packet"), roles(Roles.CARE_COORDINATOR, Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /api/v1/cases/stream"), roles(Roles.CARE_COORDINATOR, Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /api/v1/reports/precision"), roles(Roles.CARE_COORDINATOR, Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /api/v1/dashboard"), roles(Roles.CARE_COORDINATOR, Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /"), session(Roles.CARE_COORDINATOR, Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /dashboard"), session(Roles.CARE_COORDINATOR, Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /cases"), session(Roles.CARE_COORDINATOR, Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /cases/{id}"), session(Roles.CARE_COORDINATOR, Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /cases/{id}/row"), session(Roles.CARE_COORDINATOR, Roles.ADMIN)),
			Map.entry(Endpoint.of("POST /cases/{id}/acknowledge"), session(Roles.CARE_COORDINATOR, Roles.ADMIN)),
			Map.entry(Endpoint.of("POST /cases/{id}/review"), session(Roles.CARE_COORDINATOR, Roles.ADMIN)),
			Map.entry(Endpoint.of("POST /cases/{id}/assign"), session(Roles.CARE_COORDINATOR, Roles.ADMIN)),
			Map.entry(Endpoint.of("POST /cases/{id}/refer"), session(Roles.CARE_COORDINATOR, Roles.ADMIN)),
			Map.entry(Endpoint.of("POST /cases/{id}/close"), session(Roles.CARE_COORDINATOR, Roles.ADMIN)),
			Map.entry(Endpoint.of("POST /cases/{id}/outreach"), session(Roles.CARE_COORDINATOR, Roles.ADMIN)),
			Map.entry(Endpoint.of("POST /filters"), session(Roles.CARE_COORDINATOR, Roles.ADMIN)),
			Map.entry(Endpoint.of("POST /filters/{id}/delete"), session(Roles.CARE_COORDINATOR, Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /api/v1/deliveries"), roles(Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /admin/deliveries"), session(Roles.ADMIN)),
			Map.entry(Endpoint.of("POST /admin/deliveries/{id}/retry"), session(Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /api/v1/audit"), roles(Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /api/v1/admin/dead-letters/{topic}"), roles(Roles.ADMIN)),
			Map.entry(Endpoint.of("POST /api/v1/admin/dead-letters/{topic}/replay"), roles(Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /v3/api-docs"), roles(Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /v3/api-docs.yaml"), roles(Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /v3/api-docs/swagger-config"), roles(Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /swagger-ui.html"), roles(Roles.ADMIN)));

	/** The paths of the contract (ARCHITECTURE.md), exactly as written there. */
	static final List<Endpoint> CONTRACT = List.of(Endpoint.of("GET /api/v1/cases"), Endpoint.of("GET /api/v1/cases/{id}"),
			Endpoint.of("POST /api/v1/cases/{id}/acknowledge"), Endpoint.of("POST /api/v1/cases/{id}/assign"),
			Endpoint.of("POST /api/v1/cases/{id}/refer"), Endpoint.of("POST /api/v1/cases/{id}/close"),
			Endpoint.of("GET /api/v1/cases/{id}/packet"), Endpoint.of("GET /api/v1/cases/stream"));

	static final Map<String, String> USERS = Map.of(Roles.CARE_COORDINATOR, "coordinator", Roles.CLINICIAN, "clinician",
			Roles.ADMIN, "admin");

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "notification_endpoints");
		registry.add("second-opinion.notification.ui.client-secret",
				() -> KeycloakServer.shared().clientSecret("coordinator-ui"));
	}

	@Autowired
	ApplicationContext context;

	@Value("${local.server.port}")
	int port;

	@Test
	void describesEveryMappedEndpointAndTheContractPathsWithASummaryAndTheKeycloakScheme() throws Exception {
		JsonNode document = apiDocument();

		assertThat(ApiDescription.gaps(document, MappedEndpoints.of(context, "org.secondopinion"))).isEmpty();
		assertThat(ApiDescription.gaps(document, CONTRACT)).isEmpty();
		assertThat(document.path("components").path("securitySchemes").path("keycloak").path("scheme").asString())
			.isEqualTo("bearer");
		assertThat(document.path("security").toString()).contains("keycloak");
	}

	@Test
	void admitsToEveryEndpointExactlyTheRolesOfTheTable() {
		AccessCheck check = new AccessCheck("http://localhost:" + port,
				AccessCheck.realmRoleTokens(KeycloakServer.shared(), "notification-service"), ACCESS);
		USERS.forEach((role, user) -> check.withSession(role, signIn(user)));

		List<String> failures = check.failures(MappedEndpoints.of(context, "org.secondopinion", "org.springdoc"));

		assertThat(failures).isEmpty();
	}

	@Test
	void servesTheSwaggerUiToAdminsOnly() throws Exception {
		assertThat(status("/swagger-ui/index.html", KeycloakServer.shared().accessToken("admin"))).isEqualTo(200);
		assertThat(status("/swagger-ui/index.html", KeycloakServer.shared().accessToken("clinician"))).isEqualTo(403);
		assertThat(status("/swagger-ui/index.html", null)).isEqualTo(401);
	}

	@Test
	void servesTheSwaggerUiAndTheApiDescriptionToTheBrowserSessionOfAnAdminOnly() {
		BrowserSession admin = signIn("admin");
		BrowserSession coordinator = signIn("coordinator");

		assertThat(get(admin, "/swagger-ui/index.html", "text/html").statusCode()).isEqualTo(200);
		assertThat(get(admin, "/v3/api-docs", "application/json").body()).contains("\"/api/v1/cases\"");
		assertThat(get(coordinator, "/swagger-ui/index.html", "text/html").statusCode()).isEqualTo(403);
		assertThat(get(coordinator, "/v3/api-docs", "application/json").statusCode()).isEqualTo(403);
	}

	@Test
	void refusesUnknownQueryParametersOfTheCaseListAndTheWorklistPage() throws Exception {
		HttpResponse<String> api = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/cases?staus=new&size=10"))
				.header("Authorization", "Bearer " + KeycloakServer.shared().accessToken("coordinator"))
				.build(), HttpResponse.BodyHandlers.ofString());
		BrowserSession coordinator = signIn("coordinator");

		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
			.startsWith("application/problem+json"));
		assertThat(JsonMapper.shared().readTree(api.body()).path("detail").asString()).contains("staus")
			.contains("status");
		HttpResponse<String> page = get(coordinator, "/?prio=urgent&sort=age", "text/html");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("prio");
		assertThat(get(coordinator, "/?priority=urgent&sort=age&dir=desc", "text/html").statusCode()).isEqualTo(200);
		assertThat(get(coordinator, "/?continue", "text/html").statusCode())
			.as("the parameter Spring Security adds on the way back from the login").isEqualTo(200);
	}

	private BrowserSession signIn(String user) {
		return BrowserSession.signIn("http://127.0.0.1:" + port, "keycloak", user,
				KeycloakServer.shared().passwordOf(user));
	}

	private static HttpResponse<String> get(BrowserSession session, String path, String accept) {
		try {
			return session.client()
				.send(HttpRequest.newBuilder(URI.create(session.baseUrl() + path)).header("Accept", accept).build(),
						HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private JsonNode apiDocument() throws Exception {
		return ApiDescription.fetch("http://localhost:" + port, KeycloakServer.shared().accessToken("admin"));
	}

	private int status(String path, String token) throws Exception {
		return ApiDescription.status("http://localhost:" + port, path, token);
	}

}
