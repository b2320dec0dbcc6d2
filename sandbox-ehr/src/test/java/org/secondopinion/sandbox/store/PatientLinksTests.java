package org.secondopinion.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.ExplanationOfBenefit;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;

class PatientLinksTests {

	@Test
	void findsThePatientThroughSubjectForAndBeneficiary() {
		assertThat(PatientLinks.patientId(PatientLinks.linkTo(new Observation(), "p-1"))).contains("p-1");
		assertThat(PatientLinks.patientId(PatientLinks.linkTo(new Task(), "p-2"))).contains("p-2");
		assertThat(PatientLinks.patientId(PatientLinks.linkTo(new Coverage(), "p-3"))).contains("p-3");
	}

	@Test
	void findsThePatientOfTheOtherTypesSyntheaWrites() {
		assertThat(PatientLinks.patientId(PatientLinks.linkTo(new Immunization(), "p-4"))).contains("p-4");
		assertThat(PatientLinks.patientId(PatientLinks.linkTo(new ExplanationOfBenefit(), "p-5"))).contains("p-5");
		assertThat(PatientLinks.patientId(PatientLinks.linkTo(new DiagnosticReport(), "p-6"))).contains("p-6");
		assertThat(new Immunization().setPatient(new Reference("Patient/p-7")).getPatient().getReference())
			.isEqualTo("Patient/p-7");
	}

	@Test
	void aPatientIsAboutItself() {
		assertThat(PatientLinks.patientId(new Patient().setId("p-9"))).contains("p-9");
	}

	@Test
	void ignoresSubjectsThatAreNotPatients() {
		Observation aboutAGroup = new Observation().setSubject(new Reference("Group/g-1"));

		assertThat(PatientLinks.patientId(aboutAGroup)).isEmpty();
		assertThat(PatientLinks.patientId(new Observation())).isEmpty();
	}

	@Test
	void refusesToLinkTypesWithoutAPatient() {
		assertThatIllegalArgumentException().isThrownBy(() -> PatientLinks.linkTo(new Practitioner(), "p-1"));
	}

}
