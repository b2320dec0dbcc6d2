package org.secondopinion.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

class SandboxEhrApplicationTests {

	@Test
	void startReadsSandboxEhrYamlAndLetsArgumentsOverrideIt() {
		try (ConfigurableApplicationContext context = SandboxEhrApplication.start("--server.port=0",
				"--second-opinion.sandbox.patients=0", "--spring.main.banner-mode=off")) {
			SandboxSettings settings = context.getBean(SandboxSettings.class);
			assertThat(settings.patients()).isZero();
			assertThat(settings.seed()).isEqualTo(42);
			assertThat(settings.ehrId()).isEqualTo("sandbox");
			assertThat(settings.defaultPageSize()).isEqualTo(50);
			assertThat(settings.maxPageSize()).isEqualTo(500);
			assertThat(context.getEnvironment().getProperty("server.port")).isEqualTo("0");
		}
	}

}
