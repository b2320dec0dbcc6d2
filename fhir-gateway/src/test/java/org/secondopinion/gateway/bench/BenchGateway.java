package org.secondopinion.gateway.bench;

import java.util.ArrayList;
import java.util.List;

import org.secondopinion.gateway.FhirGatewayApplication;
import org.secondopinion.testing.SharedKafka;
import org.secondopinion.testing.SharedPostgres;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts a gateway for a benchmark on the embedded PostgreSQL and Kafka, with the EHRs it is given. */
final class BenchGateway {

	private BenchGateway() {
	}

	/** Arguments for a gateway on a fresh database; each EHR id points at {@code base} and polls nothing real. */
	static List<String> arguments(String base, List<String> ehrIds) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
				"--logging.level.root=WARN", "--spring.datasource.url=" + SharedPostgres.newDatabase("bench"),
				"--spring.datasource.username=" + SharedPostgres.username(),
				"--spring.datasource.password=" + SharedPostgres.password(),
				"--spring.kafka.bootstrap-servers=" + SharedKafka.bootstrapServers(),
				// no token is checked in a benchmark; the issuer is only read when one is
				"--spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:9/realms/bench",
				"--second-opinion.gateway.poll-interval=1h", "--second-opinion.gateway.ingest.directory-types="));
		for (int i = 0; i < ehrIds.size(); i++) {
			args.add("--second-opinion.gateway.ehrs[" + i + "].id=" + ehrIds.get(i));
			args.add("--second-opinion.gateway.ehrs[" + i + "].base-url=" + base);
			// a type the sandbox does not serve, so the scheduled pass publishes nothing; the benchmark drives
			args.add("--second-opinion.gateway.ehrs[" + i + "].resource-types=Basic");
		}
		return args;
	}

	static ConfigurableApplicationContext start(List<String> arguments) {
		return FhirGatewayApplication.start(arguments.toArray(String[]::new));
	}

}
