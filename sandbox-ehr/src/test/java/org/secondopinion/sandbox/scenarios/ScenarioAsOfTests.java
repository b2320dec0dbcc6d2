package org.secondopinion.sandbox.scenarios;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** With {@code as-of} set, the sandbox serves the scenario patients as written against that day. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "spring.config.name=sandbox-ehr",
		"second-opinion.sandbox.scenarios.enabled=true", "second-opinion.sandbox.scenarios.as-of=2027-03-15" })
class ScenarioAsOfTests {

	@LocalServerPort
	private int port;

	@Test
	void movesAScenarioOrderAndTheAuthoredDateByTheDaysFromTheFixturesAsOfDate() {
		IGenericClient client = FhirContext.forR4Cached().newRestfulGenericClient("http://localhost:" + port + "/fhir");

		ServiceRequest fusion = client.read().resource(ServiceRequest.class).withId("scn-major-1-fusion").execute();
		Patient patient = client.read().resource(Patient.class).withId("scn-major-1").execute();

		assertThat(fusion.getOccurrenceDateTimeType().getValueAsString()).isEqualTo("2027-04-01");
		assertThat(fusion.getAuthoredOnElement().getValueAsString()).isEqualTo("2027-03-03");
		assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("1966-07-26");
	}

}
