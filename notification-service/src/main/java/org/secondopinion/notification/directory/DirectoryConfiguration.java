package org.secondopinion.notification.directory;

import org.apache.kafka.clients.admin.NewTopic;
import org.secondopinion.events.Topics;
import org.secondopinion.notification.NotificationSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

	@Bean
	NewTopic directoryTopic(NotificationSettings settings) {
		return TopicBuilder.name(Topics.EHR_DIRECTORY).partitions(settings.topicPartitions()).build();
	}

	@Bean
	NewTopic directoryDeadLetterTopic(NotificationSettings settings) {
		return TopicBuilder.name(Topics.deadLetter(Topics.EHR_DIRECTORY)).partitions(settings.topicPartitions()).build();
	}

}
