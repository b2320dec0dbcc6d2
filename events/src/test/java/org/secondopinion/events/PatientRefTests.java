package org.secondopinion.events;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PatientRefTests {

	@Test
	void isTheEhrAndTheFhirIdOfThePatient() {
		PatientRef patient = PatientRef.of("north", "p-1.a");

		assertThat(patient.ehr()).isEqualTo(new EhrId("north"));
		assertThat(patient.ehrId()).isEqualTo("north");
		assertThat(patient.reference()).isEqualTo("Patient/p-1.a");
	}

	@Test
	void takesThePatientKeyAsItsKafkaKeyForm() {
		PatientRef patient = PatientRef.of("north", "42");

		assertThat(patient.key()).isEqualTo(new PatientKey("north", "42"));
		assertThat(patient.key().toString()).isEqualTo("north/Patient/42");
		assertThat(PatientRef.of(PatientKey.parse("north/Patient/42"))).isEqualTo(patient);
	}

	@Test
	void refusesAPatientIdThatIsNotAFhirId() {
		assertThatIllegalArgumentException().isThrownBy(() -> PatientRef.of("north", ""));
		assertThatIllegalArgumentException().isThrownBy(() -> PatientRef.of("north", "p 1"));
		assertThatIllegalArgumentException().isThrownBy(() -> PatientRef.of("north", "p/1"));
		assertThatIllegalArgumentException().isThrownBy(() -> PatientRef.of("north", "x".repeat(65)));
		assertThatIllegalArgumentException().isThrownBy(() -> new PatientRef(null, "p-1"));
	}

	@Test
	void parsesOnlyTextsThatCanBeAnEhrIdAndAFhirId() {
		assertThat(PatientRef.parse("north", "p-1")).contains(PatientRef.of("north", "p-1"));
		assertThat(PatientRef.parse("north", "p_1")).isEmpty();
		assertThat(PatientRef.parse(" north", "p-1")).isEmpty();
		assertThat(PatientRef.parse("north", "x".repeat(65))).isEmpty();
	}

	@Test
	void refusesABlankEhrIdOrOneWithASlash() {
		assertThatIllegalArgumentException().isThrownBy(() -> new EhrId(" "));
		assertThatIllegalArgumentException().isThrownBy(() -> new EhrId("north/south"));
		assertThatIllegalArgumentException().isThrownBy(() -> new EhrId(" north"));
		assertThat(new EhrId("north")).hasToString("north");
	}

	@Test
	void parsesOnlyTextThatCanBeAnEhrId() {
		assertThat(EhrId.parse("north")).contains(new EhrId("north"));
		assertThat(EhrId.parse(" north")).isEmpty();
		assertThat(EhrId.parse("")).isEmpty();
	}

	@Test
	void writesAndReadsAnEhrIdAsAPlainJsonString() {
		record Carrier(EhrId ehrId) {
		}
		JsonMapper mapper = JsonMapper.builder().build();

		assertThat(mapper.writeValueAsString(new Carrier(new EhrId("north")))).isEqualTo("{\"ehrId\":\"north\"}");
		assertThat(mapper.readValue("{\"ehrId\":\"north\"}", Carrier.class)).isEqualTo(new Carrier(new EhrId("north")));
	}

}
