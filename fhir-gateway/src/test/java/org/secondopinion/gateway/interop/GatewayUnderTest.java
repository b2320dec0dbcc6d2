package org.secondopinion.gateway.interop;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.Topics;
import org.secondopinion.testing.KafkaObserver;
import org.secondopinion.testing.keycloak.KeycloakServer;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** What the gateway of an interop test published of this run's resources, and its API as an admin calls it. */
final class GatewayUnderTest {

	private final EventCodec codec;

	private final KafkaObserver observer;

	private final String run;

	private final int port;

	GatewayUnderTest(EventCodec codec, KafkaObserver observer, String run, int port) {
		this.codec = codec;
		this.observer = observer;
		this.run = run;
		this.port = port;
	}

	/** {@code type/id/_history/version[/deleted]} of this run's resources that the gateway published for the EHR. */
	Set<String> published(String ehr) {
		return events(ehr).stream()
			.map(event -> event.id().substring(ehr.length() + 1))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	List<CloudEvent> events(String ehr) {
		return observer.records(Topics.EHR_RESOURCES,
				record -> new String(record.value(), StandardCharsets.UTF_8).contains(run), Duration.ofMillis(200))
			.stream()
			.map(record -> codec.read(record.value()))
			.filter(event -> event.id().startsWith(ehr + "/") && event.id().contains("/" + run + "-"))
			.toList();
	}

	RestClient api() {
		return RestClient.create("http://localhost:" + port);
	}

	JsonNode get(String path) {
		return codec.mapper().readTree(api().get().uri(path).header("Authorization", admin()).retrieve().body(String.class));
	}

	static String admin() {
		return "Bearer " + KeycloakServer.shared().accessToken("admin");
	}

}
