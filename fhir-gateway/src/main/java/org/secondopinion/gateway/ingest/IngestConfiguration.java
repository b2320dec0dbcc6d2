package org.secondopinion.gateway.ingest;

import org.apache.kafka.clients.admin.NewTopic;
import org.secondopinion.events.Topics;
import org.secondopinion.gateway.GatewaySettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The provider-directory topic, which the gateway creates like its resource topic. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

	@Bean
	NewTopic ehrDirectoryTopic(GatewaySettings settings) {
		return TopicBuilder.name(Topics.EHR_DIRECTORY).partitions(settings.topicPartitions()).build();
	}

}
