package org.secondopinion.gateway;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

import ca.uhn.fhir.context.FhirContext;
import org.apache.kafka.clients.admin.NewTopic;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.Topics;
import org.secondopinion.security.ApiAccessRules;
import org.secondopinion.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
class GatewayConfiguration {

	/** One FhirContext per application: expensive to build, thread-safe to share. */
	@Bean
	FhirContext fhirContext() {
		return FhirContext.forR4();
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	EventCodec eventCodec() {
		return new EventCodec();
	}

	@Bean
	HttpClient ehrHttpClient() {
		return HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
	}

	/** Sync status and control are for admins. */
	@Bean
	ApiAccessRules syncAccess() {
		return requests -> requests.requestMatchers("/api/v1/sync", "/api/v1/sync/**").hasRole(Roles.ADMIN);
	}

	@Bean
	NewTopic ehrResourcesTopic(GatewaySettings settings) {
		return TopicBuilder.name(Topics.EHR_RESOURCES).partitions(settings.topicPartitions()).build();
	}

	@Bean
	NewTopic ehrResourcesDeadLetterTopic(GatewaySettings settings) {
		return TopicBuilder.name(Topics.deadLetter(Topics.EHR_RESOURCES)).partitions(settings.topicPartitions()).build();
	}

}
