package org.secondopinion.notification;

import java.time.Clock;

import org.apache.kafka.clients.admin.NewTopic;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.Topics;
import org.secondopinion.security.ApiAccessRules;
import org.secondopinion.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

	@Bean
	EventCodec eventCodec() {
		return new EventCodec();
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/** Care coordinators (their facilities' cases) and admins work the case list and read its reports. */
	@Bean
	ApiAccessRules caseAccess() {
		return requests -> requests
			.requestMatchers("/api/v1/cases", "/api/v1/cases/**", "/api/v1/reports/**", "/api/v1/dashboard")
			.hasAnyRole(Roles.CARE_COORDINATOR, Roles.ADMIN);
	}

	@Bean
	NewTopic flagsTopic(NotificationSettings settings) {
		return TopicBuilder.name(Topics.ASSESSMENT_FLAGS).partitions(settings.topicPartitions()).build();
	}

	@Bean
	NewTopic writebackTopic(NotificationSettings settings) {
		return TopicBuilder.name(Topics.EHR_WRITEBACK).partitions(settings.topicPartitions()).build();
	}

	@Bean
	NewTopic flagsDeadLetterTopic(NotificationSettings settings) {
		return TopicBuilder.name(Topics.deadLetter(Topics.ASSESSMENT_FLAGS)).partitions(settings.topicPartitions()).build();
	}

}
