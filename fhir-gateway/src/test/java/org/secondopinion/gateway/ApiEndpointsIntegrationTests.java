package org.secondopinion.gateway;

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
 * Every endpoint the gateway maps is in its API description, and admits exactly the roles of the table below, checked
 * by calling it with a token of each realm role and without one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=fhir-gateway", "second-opinion.gateway.poll-interval=1h",
				"second-opinion.gateway.ingest.directory-types=" })
@DirtiesContext
class ApiEndpointsIntegrationTests {

	/** Who may call what; an endpoint missing here fails the test. */
	static final Map<Endpoint, Access> ACCESS = Map.ofEntries(
			Map.entry(Endpoint.of("GET /api/v1/sync"), roles(Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /api/v1/sync/{ehrId}/backfill"), roles(Roles.ADMIN)),
			Map.entry(Endpoint.of("POST /api/v1/sync/{ehrId}/backfill"), roles(Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /api/v1/sync/{ehrId}/backfill/{id}"), roles(Roles.ADMIN)),
			Map.entry(Endpoint.of("POST /api/v1/subscriptions/{ehrId}"), Access.sharedSecret()),
			Map.entry(Endpoint.of("PUT /api/v1/subscriptions/{ehrId}/{type}/{id}"), Access.sharedSecret()),
			Map.entry(Endpoint.of("DELETE /api/v1/subscriptions/{ehrId}/{type}/{id}"), Access.sharedSecret()),
			Map.entry(Endpoint.of("GET /api/v1/audit"), roles(Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /api/v1/admin/dead-letters/{topic}"), roles(Roles.ADMIN)),
			Map.entry(Endpoint.of("POST /api/v1/admin/dead-letters/{topic}/replay"), roles(Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /v3/api-docs"), roles(Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /v3/api-docs.yaml"), roles(Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /v3/api-docs/swagger-config"), roles(Roles.ADMIN)),
			Map.entry(Endpoint.of("GET /swagger-ui.html"), roles(Roles.ADMIN)));

	/** The paths of the contract (ARCHITECTURE.md), exactly as written there. */
	static final List<Endpoint> CONTRACT = List.of(Endpoint.of("GET /api/v1/sync"),
			Endpoint.of("POST /api/v1/sync/{ehrId}/backfill"), Endpoint.of("POST /api/v1/subscriptions/{ehrId}"));

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "gateway_endpoints");
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
		assertThat(document.path("paths").path("/api/v1/subscriptions/{ehrId}").path("post").path("security").toString())
			.as("rest-hook notifications carry the EHR's shared secret, not a Keycloak token")
			.contains("ehr-secret")
			.doesNotContain("keycloak");
	}

	@Test
	void admitsToEveryEndpointExactlyTheRolesOfTheTable() {
		AccessCheck check = new AccessCheck("http://localhost:" + port,
				AccessCheck.realmRoleTokens(KeycloakServer.shared(), "fhir-gateway"), ACCESS);

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
