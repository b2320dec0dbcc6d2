package org.secondopinion.testing;

import org.secondopinion.testing.keycloak.KeycloakServer;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a Spring Boot test at the shared servers: call it from a {@code @DynamicPropertySource} method.
 * Each call creates a fresh database, so each test class starts from an empty schema. The shared Keycloak is
 * started (or found running) lazily, when the issuer URI is first read.
 */
public final class TestInfrastructure {

	private TestInfrastructure() {
	}

	public static void register(DynamicPropertyRegistry registry, String databaseHint) {
		String url = SharedPostgres.newDatabase(databaseHint);
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", SharedPostgres::username);
		registry.add("spring.datasource.password", SharedPostgres::password);
		registry.add("spring.kafka.bootstrap-servers", SharedKafka::bootstrapServers);
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri",
				() -> KeycloakServer.shared().issuerUri());
	}

}
