package org.secondopinion.assessment;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.secondopinion.security.Roles;
import org.secondopinion.testing.TestInfrastructure;
import org.secondopinion.testing.keycloak.KeycloakServer;
import org.secondopinion.testing.web.Access;
import org.secondopinion.testing.web.AccessCheck;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.testing.web.Access.roles;

/**
 * Every endpoint the assessment service maps is in its API description, and admits exactly the roles of the table below, checked
 * by calling it with a token of each realm role and without one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=assessment-service", "spring.kafka.consumer.group-id=assessment-${random.uuid}" })
@DirtiesContext
class ApiEndpointsIntegrationTests {

	/** Who may call what; an endpoint missing here fails the test. */
	static final Map<Endpoint, Access> ACCESS = Map.ofEntries(
			Map.entry(Endpoint.of("GET /api/v1/patients/{ehrId}/{patientId}/assessment"), roles(Roles.CLINICIAN, Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /api/v1/patients/{ehrId}/{patientId}/record"),
					roles(Roles.CLINICIAN, Roles.ADMIN, Roles.SERVICE)),
			Map.entry(Endpoint.of("POST /api/v1/patients/{ehrId}/{patientId}/concerns"),
					roles(Roles.CLINICIAN, Roles.ADMIN, Roles.SERVICE)),
			Map.entry(Endpoint.of("GET /api/v1/flags"), roles(Roles.CLINICIAN, Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /api/v1/rules"), roles(Roles.CLINICIAN, Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /api/v1/rules/feedback"), roles(Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /fhir/DetectedIssue"), roles(Roles.CLINICIAN, Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /cds-services"), Access.anyone()),
			Map.entry(Endpoint.of("POST /cds-services/{id}"), Access.ehrJwt()),
			Map.entry(Endpoint.of("POST /cds-services/{id}/feedback"), Access.ehrJwt()),
			Map.entry(Endpoint.of("GET /api/v1/audit"), roles(Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /api/v1/admin/dead-letters/{topic}"), roles(Roles.ADMIN)),
			Map.entry(Endpoint.of("POST /api/v1/admin/dead-letters/{topic}/replay"), roles(Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /v3/api-docs"), roles(Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /v3/api-docs.yaml"), roles(Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /v3/api-docs/swagger-config"), roles(Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /swagger-ui.html"), roles(Roles.ADMIN)));

	/** The paths of the contract (ARCHITECTURE.md), exactly as written there. */
	static final List<Endpoint> CONTRACT = List.of(Endpoint.of("GET /api/v1/patients/{ehrId}/{patientId}/assessment"),
			Endpoint.of("GET /api/v1/flags"), Endpoint.of("GET /api/v1/rules"), Endpoint.of("GET /cds-services"),
			Endpoint.of("POST /cds-services/{id}"), Endpoint.of("POST /cds-services/{id}/feedback"),
			Endpoint.of("GET /fhir/DetectedIssue"));

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "assessment_endpoints");
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
		assertThat(document.path("paths").path("/cds-services/{id}").path("post").path("security").toString())
			.as("CDS Hooks calls carry the EHR's JWT, not a Keycloak token")
			.contains("ehr-jwt")
			.doesNotContain("keycloak");
		JsonNode discovery = document.path("paths").path("/cds-services").path("get").path("security");
		assertThat(discovery.isArray() && discovery.isEmpty()).as("discovery is public: " + discovery).isTrue();
	}

	@Test
	void admitsToEveryEndpointExactlyTheRolesOfTheTable() {
		AccessCheck check = new AccessCheck("http://localhost:" + port,
				AccessCheck.realmRoleTokens(KeycloakServer.shared(), "assessment-service"), ACCESS);

		List<String> failures = check.failures(MappedEndpoints.of(context, "org.secondopinion", "org.springdoc"));

		assertThat(failures).isEmpty();
	}

	@Test
	void servesTheSwaggerUiToAdminsOnly() throws Exception {
		assertThat(status("/swagger-ui/index.html", KeycloakServer.shared().accessToken("admin"))).isEqualTo(200);
		assertThat(status("/swagger-ui/index.html", KeycloakServer.shared().accessToken("clinician"))).isEqualTo(403);
		assertThat(status("/swagger-ui/index.html", null)).isEqualTo(401);
	}

	private JsonNode apiDocument() throws Exception {
		return ApiDescription.fetch("http://localhost:" + port, KeycloakServer.shared().accessToken("admin"));
	}

	private int status(String path, String token) throws Exception {
		return ApiDescription.status("http://localhost:" + port, path, token);
	}

}
