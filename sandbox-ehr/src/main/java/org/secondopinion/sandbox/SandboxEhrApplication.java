package org.secondopinion.sandbox;

import java.util.Map;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The sandbox EHR application. Its configuration file is {@code sandbox-ehr.yaml} (not {@code application.yaml}), so
 * that several services can run in one JVM, each with its own {@code spring.config.name}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SandboxEhrApplication {

	/** The value of {@code spring.config.name} for this application. */
	public static final String CONFIG_NAME = "sandbox-ehr";

	/**
	 * Runs the sandbox EHR with {@code spring.config.name=sandbox-ehr}; arguments such as
	 * {@code --server.port=0} or {@code --second-opinion.sandbox.patients=50} override the file.
	 */
	public static ConfigurableApplicationContext start(String... args) {
		return new SpringApplicationBuilder(SandboxEhrApplication.class)
			.properties(Map.of("spring.config.name", CONFIG_NAME))
			.run(args);
	}

	public static void main(String[] args) {
		start(args);
	}

}
