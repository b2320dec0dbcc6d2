package org.secondopinion.deploy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.deploy.DeployFiles.at;
import static org.secondopinion.deploy.DeployFiles.cast;
import static org.secondopinion.deploy.DeployFiles.list;

class ComposeTests {

	private final Map<String, Object> services = cast(DeployFiles.document(DeployFiles.compose()).get("services"));

	@Test
	void runsTheInfrastructureAndTwoInstancesOfEachConsumer() {
		assertThat(services).containsKeys("postgres", "kafka", "keycloak", "hapi", "fhir-gateway",
				"assessment-service-1", "assessment-service-2", "notification-service-1", "notification-service-2");
		assertThat(image("hapi")).startsWith("hapiproject/hapi:");
		assertThat(at(service("kafka"), "environment", "KAFKA_PROCESS_ROLES")).as("KRaft").isEqualTo("broker,controller");
	}

	@Test
	void everyServiceOfOursAndTheInfrastructureHasAHealthCheck() {
		services.forEach((name, definition) -> {
			if (!name.equals("hapi")) {
				assertThat(at(cast(definition), "healthcheck", "test")).as(name + " health check").isNotNull();
			}
		});
		for (String name : List.of("fhir-gateway", "assessment-service-1", "notification-service-2")) {
			assertThat(list(at(service(name), "healthcheck", "test")).toString()).contains("/actuator/health/readiness");
		}
	}

	@Test
	void dependenciesNameServicesThatExistAndMountedFilesExist() {
		services.forEach((name, definition) -> {
			Object dependsOn = cast(definition).get("depends_on");
			if (dependsOn != null) {
				assertThat(services).as(name + " depends on").containsKeys(cast(dependsOn).keySet().toArray(String[]::new));
			}
			Object volumes = cast(definition).get("volumes");
			for (Object volume : volumes == null ? List.of() : list(volumes)) {
				String source = volume.toString().split(":")[0];
				if (source.startsWith("./")) {
					Path file = DeployFiles.deploy().resolve(source);
					assertThat(file).as(name + " mounts " + source).exists();
				}
			}
		});
	}

	private Map<String, Object> service(String name) {
		return cast(services.get(name));
	}

	private String image(String name) {
		return (String) service(name).get("image");
	}

}
