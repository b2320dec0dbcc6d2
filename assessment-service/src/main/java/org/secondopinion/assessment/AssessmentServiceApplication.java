package org.secondopinion.assessment;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class AssessmentServiceApplication {

	/** The name of this service's configuration file; distinct so that several services can share one JVM. */
	public static final String CONFIG_NAME = "assessment-service";

	public static void main(String[] args) {
		start(args);
	}

	public static ConfigurableApplicationContext start(String... args) {
		return new SpringApplicationBuilder(AssessmentServiceApplication.class)
			.properties("spring.config.name=" + CONFIG_NAME)
			.run(args);
	}

}
