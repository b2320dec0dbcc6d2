package org.secondopinion.assessment.cds;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CdsTokenVerifierTests {

	private static final String ENDPOINT = "https://cds.example.org/cds-services/second-opinion-patient-view";

	@Test
	void saysTheIssuersJwkSetCouldNotBeReadWhenItsServerDoesNotAnswer() throws Exception {
		EhrTokens tokens = new EhrTokens();
		String jwksUrl = tokens.jwksUrl();
		// the EHR's JWK Set server is down: its port refuses connections
		tokens.close();
		// the token is refused before its jti is recorded, so no database is needed
		CdsTokenVerifier verifier = new CdsTokenVerifier(settings(jwksUrl), new TokenUses(null));

		assertThatExceptionOfType(InvalidBearerTokenException.class)
			.isThrownBy(() -> verifier.verify(tokens.token(ENDPOINT), Set.of(ENDPOINT)))
			.withMessageStartingWith("its issuer's JWK Set could not be read (")
			.withMessageContaining("'" + jwksUrl + "'")
			.withMessageNotContaining("\"");
	}

	private static CdsSettings settings(String jwksUrl) {
		return new CdsSettings(List.of(new CdsSettings.Ehr("north", "https://ehr.example.org/fhir", EhrTokens.ISSUER,
				jwksUrl, null, List.of("ehr-client-1"))), "https://cds.example.org",
				"https://worklist.example.org/cases?patient={ehrId}/{patientId}", "https://rules.example.org",
				Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofSeconds(10), 20);
	}

}
