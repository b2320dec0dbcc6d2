package org.secondopinion.notification;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.AssessmentServiceApplication;
import org.secondopinion.testing.SharedKafka;
import org.secondopinion.testing.SharedPostgres;
import org.secondopinion.testing.keycloak.KeycloakServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real assessment service in the test JVM, on a random port with its own fresh database, sharing the test
 * Kafka and Keycloak: the source of the patient's record for the packet and the case page. One instance serves
 * every test class of the JVM; tests tell their patients apart by EHR id.
 */
public final class RunningAssessmentService implements AutoCloseable {

	private static @Nullable RunningAssessmentService shared;

	private final ConfigurableApplicationContext context;

	private RunningAssessmentService(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/** The JVM's assessment service, started at the first call and stopped when the JVM ends. */
	public static synchronized RunningAssessmentService shared() {
		if (shared == null) {
			RunningAssessmentService started = start();
			Runtime.getRuntime().addShutdownHook(new Thread(started::close));
			shared = started;
		}
		return shared;
	}

	/** Points the notification service's record client at the shared assessment service, with its own secret. */
	public static void register(DynamicPropertyRegistry registry) {
		registry.add("second-opinion.notification.record.client-secret",
				() -> KeycloakServer.shared().clientSecret("notification-service"));
		registry.add("second-opinion.notification.record.base-url", () -> shared().baseUrl());
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
