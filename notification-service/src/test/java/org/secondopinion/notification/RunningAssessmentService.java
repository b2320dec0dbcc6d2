package org.secondopinion.notification;

import java.util.UUID;

import org.secondopinion.assessment.AssessmentServiceApplication;
import org.secondopinion.testing.SharedKafka;
import org.secondopinion.testing.SharedPostgres;
import org.secondopinion.testing.keycloak.KeycloakServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real assessment service in the test JVM, on a random port with its own fresh database, sharing the test
 * Kafka and Keycloak: the source of the patient's record for the packet.
 */
public final class RunningAssessmentService implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private RunningAssessmentService(ConfigurableApplicationContext context) {
		this.context = context;
	}

	public static RunningAssessmentService start() {
		String db = SharedPostgres.newDatabase("assessment_for_notification");
		return new RunningAssessmentService(AssessmentServiceApplication.start("--server.port=0",
				"--spring.main.banner-mode=off", "--spring.datasource.url=" + db,
				"--spring.datasource.username=" + SharedPostgres.username(),
				"--spring.datasource.password=" + SharedPostgres.password(),
				"--spring.kafka.bootstrap-servers=" + SharedKafka.bootstrapServers(),
				"--spring.kafka.consumer.group-id=assessment-" + UUID.randomUUID(),
				"--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + KeycloakServer.shared().issuerUri()));
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	@Override
	public void close() {
		context.close();
	}

}
