package org.secondopinion.messaging.replay;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.secondopinion.security.ApiAccessRules;
import org.secondopinion.security.Roles;
import org.secondopinion.security.audit.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.ProducerFactory;

/**
 * Gives every web service with Kafka listeners and an audit trail the admins' dead-letter replay at
 * {@code /api/v1/admin/dead-letters/{topic}}, for the topics its listeners consume.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
		"org.secondopinion.security.audit.AuditAutoConfiguration" })
@ConditionalOnClass({ ConsumerFactory.class, AuditTrail.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean({ ConsumerFactory.class, ProducerFactory.class, AuditTrail.class })
@Import(DeadLetterReplayController.class)
public class DeadLetterReplayAutoConfiguration {

	@Bean
	DeadLetterReplay deadLetterReplay(ConsumerFactory<?, ?> consumers, ProducerFactory<?, ?> producers,
			ObjectProvider<KafkaListenerEndpointRegistry> listeners) {
		return new DeadLetterReplay(consumers.getConfigurationProperties(), producers.getConfigurationProperties(),
				() -> consumedTopics(listeners.getIfAvailable()));
	}

	@Bean
	ApiAccessRules deadLetterReplayAccess() {
		return requests -> requests.requestMatchers("/api/v1/admin/dead-letters", "/api/v1/admin/dead-letters/**")
			.hasRole(Roles.ADMIN);
	}

	private static Set<String> consumedTopics(@org.jspecify.annotations.Nullable KafkaListenerEndpointRegistry registry) {
		Set<String> topics = new TreeSet<>();
		if (registry != null) {
			registry.getListenerContainers().forEach(container -> {
				String[] names = container.getContainerProperties().getTopics();
				if (names != null) {
					topics.addAll(Arrays.asList(names));
				}
			});
		}
		return topics;
	}

}
