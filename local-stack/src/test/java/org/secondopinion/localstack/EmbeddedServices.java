package org.secondopinion.localstack;

import org.secondopinion.testing.SharedKafka;
import org.secondopinion.testing.SharedPostgres;
import org.secondopinion.testing.keycloak.KeycloakServer;
import org.springframework.context.ConfigurableApplicationContext;

/** The command line of a service started in this JVM on the test infrastructure, and where it listens. */
public final class EmbeddedServices {

	private EmbeddedServices() {
	}

	/** A random port, the shared Keycloak, Kafka and PostgreSQL, and a fresh database named {@code database}. */
	public static String[] arguments(String database) {
		return new String[] { "--server.port=0", "--spring.main.banner-mode=off",
				"--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + KeycloakServer.shared().issuerUri(),
				"--spring.datasource.url=" + SharedPostgres.newDatabase(database),
				"--spring.datasource.username=" + SharedPostgres.username(),
				"--spring.datasource.password=" + SharedPostgres.password(),
				"--spring.kafka.bootstrap-servers=" + SharedKafka.bootstrapServers() };
	}

	public static String port(ConfigurableApplicationContext context) {
		return context.getEnvironment().getProperty("local.server.port");
	}

}
