package org.secondopinion.events;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResourceEventsTests {

	private final JsonMapper mapper = JsonMapper.builder().build();

	@Test
	void keysAResourceByItsSubjectPatient() {
		assertThat(ResourceEvents.patientOf("ehr", json("{\"resourceType\":\"Observation\",\"id\":\"o\",\"subject\":{\"reference\":\"Patient/42\"}}")))
			.contains(new PatientKey("ehr", "42"));
	}

	@Test
	void readsAbsoluteAndVersionedPatientReferences() {
		assertThat(ResourceEvents.patientOf("ehr", json("{\"resourceType\":\"Coverage\",\"id\":\"c\",\"beneficiary\":{\"reference\":\"https://ehr.example/fhir/Patient/42/_history/2\"}}")))
			.contains(new PatientKey("ehr", "42"));
	}

	@Test
	void keysAPatientByItself() {
		assertThat(ResourceEvents.patientOf("ehr", json("{\"resourceType\":\"Patient\",\"id\":\"42\"}")))
			.contains(new PatientKey("ehr", "42"));
	}

	@Test
	void findsNoPatientInAGroupReference() {
		assertThat(ResourceEvents.patientOf("ehr", json("{\"resourceType\":\"Observation\",\"id\":\"o\",\"subject\":{\"reference\":\"Group/42\"}}")))
			.isEmpty();
	}

	@Test
	void refusesAResourceWithoutPatient() {
		assertThatThrownBy(() -> ResourceEvents.upserted("ehr", json("{\"resourceType\":\"Observation\",\"id\":\"o\"}"), OffsetDateTime.now()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Observation/o names no patient (subject or patient)");
	}

	@Test
	void givesUnversionedResourcesAStableContentVersion() {
		JsonNode resource = json("{\"resourceType\":\"Condition\",\"id\":\"c\",\"subject\":{\"reference\":\"Patient/1\"}}");
		JsonNode changed = json("{\"resourceType\":\"Condition\",\"id\":\"c\",\"subject\":{\"reference\":\"Patient/2\"}}");

		assertThat(ResourceEvents.versionOf(resource)).startsWith("sha256-").isEqualTo(ResourceEvents.versionOf(resource.deepCopy()))
			.isNotEqualTo(ResourceEvents.versionOf(changed));
	}

	@Test
	void parsesAndPrintsPatientKeys() {
		PatientKey key = PatientKey.parse("north-ehr/Patient/abc-1");

		assertThat(key).isEqualTo(new PatientKey("north-ehr", "abc-1"));
		assertThat(key.toString()).isEqualTo("north-ehr/Patient/abc-1");
		assertThatThrownBy(() -> PatientKey.parse("north-ehr/Observation/1")).isInstanceOf(IllegalArgumentException.class);
	}

	private JsonNode json(String text) {
		return mapper.readTree(text);
	}

}
