package org.secondopinion.deploy;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.secondopinion.gateway.GatewaySettings;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class EnvironmentBindingTests {

	private final Map<Service, ServiceKeys> keys = new EnumMap<>(Service.class);

	@Test
	void everyVariableTheManifestsSetIsASettingOfItsService() {
		List<String> unknown = new ArrayList<>();
		List<Container> ours = Container.all().stream().filter(c -> c.image() != null && Service.isOurs(c.image())).toList();
		assertThat(ours).as("containers running our images").hasSizeGreaterThanOrEqualTo(8);
		for (Container container : ours) {
			Service service = Service.ofImage(container.image())
				.orElseThrow(() -> new AssertionError(container.where() + ": no module builds " + container.image()));
			ServiceKeys known = keys.computeIfAbsent(service, ServiceKeys::of);
			container.environment().keySet().stream()
				.filter(variable -> !known.knows(variable))
				.forEach(variable -> unknown.add(container.where() + ": " + variable));
		}
		assertThat(unknown).as("variables that set no setting of their service").isEmpty();
	}

	@Test
	void knowsTheServicesOwnSettingsAndNoOthers() {
		ServiceKeys gateway = ServiceKeys.of(Service.FHIR_GATEWAY);
		ServiceKeys sandbox = ServiceKeys.of(Service.SANDBOX_EHR);

		assertThat(gateway.knows("SECOND_OPINION_GATEWAY_EHRS_0_BASE_URL")).isTrue();
		assertThat(gateway.knows("SECONDOPINION_GATEWAY_EHRS_12_BASEURL")).isTrue();
		assertThat(gateway.knows("SECOND_OPINION_GATEWAY_EHRS_0_AUTH_CLIENT_ID")).isTrue();
		assertThat(gateway.knows("SECOND_OPINION_GATEWAY_INGEST_PUSH_SECRETS_NORTH")).isTrue();
		assertThat(gateway.knows("SECOND_OPINION_SECURITY_CLOCK_SKEW")).isTrue();
		assertThat(gateway.knows("SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE")).isTrue();
		assertThat(gateway.knows("DB_PASSWORD")).isTrue();

		assertThat(gateway.knows("SECOND_OPINION_GATEWAY_EHRS_0_BASE_URI")).isFalse();
		assertThat(gateway.knows("SECOND_OPINION_GATEWAY_EHRS_BASE_URL")).isFalse();
		assertThat(gateway.knows("SECOND_OPINION_ASSESSMENT_TOPIC_PARTITIONS")).isFalse();
		assertThat(gateway.knows("SPRING_MAIL_HOST")).as("the gateway sends no mail").isFalse();
		assertThat(gateway.knows("WEBHOOK_SECRET")).isFalse();
		assertThat(sandbox.knows("SPRING_DATASOURCE_URL")).as("the sandbox has no database").isFalse();
	}

	/** The form the manifests use for list entries does reach the settings record through Spring's binder. */
	@Test
	void theComposeGatewayEnvironmentBindsItsEhrToTheGatewaySettings() throws IOException {
		Container gateway = Container.compose().stream()
			.filter(c -> "second-opinion/fhir-gateway".equals(c.image().split(":")[0]))
			.findFirst()
			.orElseThrow();
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		Map<String, Object> variables = new LinkedHashMap<>(gateway.environment());
		environment.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					variables));
		new YamlPropertySourceLoader().load("fhir-gateway.yaml", new ClassPathResource("fhir-gateway.yaml"))
			.forEach(environment.getPropertySources()::addLast);

		GatewaySettings settings = new Binder(ConfigurationPropertySources.get(environment))
			.bind("second-opinion.gateway", GatewaySettings.class)
			.get();

		assertThat(settings.ehrs()).singleElement().satisfies(ehr -> {
			assertThat(ehr.id()).isEqualTo(gateway.environment().get("SECOND_OPINION_GATEWAY_EHRS_0_ID"));
			assertThat(ehr.baseUrl()).isEqualTo(URI.create(gateway.environment().get("SECOND_OPINION_GATEWAY_EHRS_0_BASE_URL")));
			assertThat(ehr.requestsPerSecond()).isEqualTo(20.0);
		});
		assertThat(settings.topicPartitions()).isEqualTo(6);
		assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://postgres:5432/gateway");
	}

}
