package org.secondopinion.assessment;

import java.time.Clock;
import java.time.ZoneOffset;

import ca.uhn.fhir.context.FhirContext;
import org.apache.kafka.clients.admin.NewTopic;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.Topics;
import org.secondopinion.security.ApiAccessRules;
import org.secondopinion.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
class AssessmentConfiguration {

	/** One FhirContext per application: expensive to build, thread-safe to share. */
	@Bean
	FhirContext fhirContext() {
		return FhirContext.forR4();
	}

	@Bean
	EventCodec eventCodec() {
		return new EventCodec();
	}

	/** The rules' notion of now: the system clock, or a fixed instant when {@code as-of} is set. */
	@Bean
	Clock clock(AssessmentSettings settings) {
		return settings.asOf() == null ? Clock.systemUTC() : Clock.fixed(settings.asOf(), ZoneOffset.UTC);
	}

	/**
	 * Clinicians and admins read assessments, flags and the rule catalog; a patient portal's service account may also
	 * raise a patient's concern, and our services read a patient's record (the second-opinion packet).
	 */
	@Bean
	ApiAccessRules assessmentAccess() {
		return requests -> requests.requestMatchers(HttpMethod.POST, "/api/v1/patients/*/*/concerns")
			.hasAnyRole(Roles.CLINICIAN, Roles.ADMIN, Roles.SERVICE)
			.requestMatchers(HttpMethod.GET, "/api/v1/patients/*/*/record")
			.hasAnyRole(Roles.CLINICIAN, Roles.ADMIN, Roles.SERVICE)
			.requestMatchers("/api/v1/patients/**", "/api/v1/flags", "/api/v1/flags/**", "/api/v1/rules")
			.hasAnyRole(Roles.CLINICIAN, Roles.ADMIN);
	}

	@Bean
	NewTopic flagsTopic(AssessmentSettings settings) {
		return TopicBuilder.name(Topics.ASSESSMENT_FLAGS).partitions(settings.topicPartitions()).build();
	}

	@Bean
	NewTopic resourcesDeadLetterTopic(AssessmentSettings settings) {
		return TopicBuilder.name(Topics.deadLetter(Topics.EHR_RESOURCES)).partitions(settings.topicPartitions()).build();
	}

}
