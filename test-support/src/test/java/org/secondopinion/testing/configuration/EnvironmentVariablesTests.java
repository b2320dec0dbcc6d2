package org.secondopinion.testing.configuration;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EnvironmentVariablesTests {

	@Test
	void namesAValueWithItsWordsApartAndAListElementByIndexZero() {
		assertThat(EnvironmentVariables.of("second-opinion.gateway.poll-interval"))
			.isEqualTo("SECOND_OPINION_GATEWAY_POLL_INTERVAL");
		assertThat(EnvironmentVariables.of("second-opinion.gateway.ehrs[i].base-url"))
			.isEqualTo("SECOND_OPINION_GATEWAY_EHRS_0_BASE_URL");
	}

	@Test
	void namesASettingInsideAMapWithoutDashes() {
		assertThat(EnvironmentVariables.of("second-opinion.notification.routing.teams.{key}.lead-email"))
			.isEqualTo("SECONDOPINION_NOTIFICATION_ROUTING_TEAMS_{KEY}_LEADEMAIL");
	}

	@Test
	void provesThatTheDocumentedNamesBindValuesListsAndMaps() {
		assertThat(EnvironmentVariables.unbound(List.of(
				setting("second-opinion.gateway.poll-interval"),
				setting("second-opinion.gateway.ehrs[i].auth.client-id"),
				setting("second-opinion.gateway.ingest.push.secrets.{key}"),
				setting("second-opinion.notification.routing.teams.{key}.members.{key}"))))
			.isEmpty();
	}

	@Test
	void reportsANameThatSpringBootWouldNotBind() {
		Setting dashesAsUnderscoresInAMap = new Setting("second-opinion.gateway.ingest.push.secrets.{key}",
				"SECOND_OPINION_GATEWAY_INGEST_PUSH_SECRETS_{KEY}", "none", "per EHR id, its shared secret");
		Setting otherSetting = new Setting("second-opinion.gateway.page-size", "SECOND_OPINION_GATEWAY_POLL_INTERVAL",
				"none", "page size");

		assertThat(EnvironmentVariables.unbound(List.of(dashesAsUnderscoresInAMap, otherSetting)))
			.containsExactly(
					"SECOND_OPINION_GATEWAY_INGEST_PUSH_SECRETS_EXAMPLE does not set second-opinion.gateway.ingest.push.secrets.{key}",
					"SECOND_OPINION_GATEWAY_POLL_INTERVAL does not set second-opinion.gateway.page-size");
	}

	private static Setting setting(String key) {
		return new Setting(key, EnvironmentVariables.of(key), "none", "meaning");
	}

}
