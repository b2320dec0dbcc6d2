package org.secondopinion.notification;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class NotificationServiceApplication {

	/** The name of this service's configuration file; distinct so that several services can share one JVM. */
	public static final String CONFIG_NAME = "notification-service";

	public static void main(String[] args) {
		start(args);
	}

	public static ConfigurableApplicationContext start(String... args) {
		return new SpringApplicationBuilder(NotificationServiceApplication.class)
			.properties("spring.config.name=" + CONFIG_NAME)
			.run(args);
	}

}
