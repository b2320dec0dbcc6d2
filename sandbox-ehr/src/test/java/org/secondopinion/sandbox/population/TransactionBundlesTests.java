package org.secondopinion.sandbox.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.ExplanationOfBenefit;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;

class TransactionBundlesTests {

	private static final String NPI = "http://hl7.org/fhir/sid/us-npi";

	private static final String PATIENT_ID = "7353e17f-0cd5-5b0a-c736-92b9ca5f8366";

	private static final String ENCOUNTER_ID = "73d1f879-7781-914e-3bc8-6445351f03af";

	private final TransactionBundles bundles = new TransactionBundles(SyntheaFixture.CONTEXT);

	@Test
	void turnsFullUrlReferencesIntoPlainOnes() {
		BasePopulation population = bundles.resolve(List.of(practitioners()), List.of(patientBundle()));

		Encounter encounter = (Encounter) population.patients().getFirst().resources().get(1);
		assertThat(encounter.getSubject().getReference()).isEqualTo("Patient/" + PATIENT_ID);
	}

	@Test
	void turnsConditionalReferencesIntoPlainOnes() {
		BasePopulation population = bundles.resolve(List.of(practitioners()), List.of(patientBundle()));

		Encounter encounter = (Encounter) population.patients().getFirst().resources().get(1);
		assertThat(encounter.getParticipantFirstRep().getIndividual().getReference()).isEqualTo("Practitioner/pr-1");
	}

	@Test
	void givesReferencesByIdentifierOnlyAPlainReference() {
		BasePopulation population = bundles.resolve(List.of(practitioners()), List.of(patientBundle()));

		PractitionerRole role = (PractitionerRole) population.shared().get(1);
		assertThat(role.getPractitioner().getReference()).isEqualTo("Practitioner/pr-1");
		assertThat(role.getPractitioner().getIdentifier().getValue()).isEqualTo("9999981498");
	}

	@Test
	void resolvesReferencesInContainedResources() {
		BasePopulation population = bundles.resolve(List.of(practitioners()), List.of(patientBundle()));

		ExplanationOfBenefit explanation = (ExplanationOfBenefit) population.patients().getFirst().resources().get(2);
		ServiceRequest referral = (ServiceRequest) explanation.getContained().getFirst();
		assertThat(referral.getSubject().getReference()).isEqualTo("Patient/" + PATIENT_ID);
		assertThat(referral.getRequester().getReference()).isEqualTo("Practitioner/pr-1");
		assertThat(explanation.getReferral().getReference()).isEqualTo("#referral");
	}

	@Test
	void putsThePatientFirstInItsRecord() {
		Bundle bundle = patientBundle();
		bundle.getEntry().add(bundle.getEntry().removeFirst());

		BasePopulation population = bundles.resolve(List.of(practitioners()), List.of(bundle));

		assertThat(population.patients().getFirst().patient().getIdPart()).isEqualTo(PATIENT_ID);
		assertThat(population.resources()).extracting(Resource::fhirType)
			.containsExactly("Practitioner", "PractitionerRole", "Patient", "Encounter", "ExplanationOfBenefit");
	}

	private static Bundle patientBundle() {
		Patient patient = new Patient();
		patient.setId(PATIENT_ID);
		Encounter encounter = new Encounter();
		encounter.setId(ENCOUNTER_ID);
		encounter.setSubject(new Reference("urn:uuid:" + PATIENT_ID));
		encounter.addParticipant().setIndividual(new Reference("Practitioner?identifier=" + NPI + "|9999981498"));
		ServiceRequest referral = new ServiceRequest();
		referral.setId("referral");
		referral.setSubject(new Reference("urn:uuid:" + PATIENT_ID));
		referral.setRequester(new Reference("Practitioner?identifier=" + NPI + "|9999981498"));
		ExplanationOfBenefit explanation = new ExplanationOfBenefit();
		explanation.setId("e9c1a3c2-1d0b-4a8e-9f57-0f3f3c0f6e55");
		explanation.addContained(referral);
		explanation.setReferral(new Reference("#referral"));
		Bundle bundle = new Bundle().setType(BundleType.TRANSACTION);
		for (Resource resource : List.of(patient, encounter, explanation)) {
			bundle.addEntry()
				.setFullUrl("urn:uuid:" + resource.getIdPart())
				.setResource(resource)
				.getRequest()
				.setMethod(HTTPVerb.POST)
				.setUrl(resource.fhirType());
		}
		return bundle;
	}

	private static Bundle practitioners() {
		Practitioner practitioner = new Practitioner();
		practitioner.setId("pr-1");
		practitioner.addIdentifier(new Identifier().setSystem(NPI).setValue("9999981498"));
		PractitionerRole role = new PractitionerRole();
		role.setId("role-1");
		role.setPractitioner(new Reference().setIdentifier(new Identifier().setSystem(NPI).setValue("9999981498")));
		Bundle bundle = new Bundle().setType(BundleType.BATCH);
		bundle.addEntry().setFullUrl("urn:uuid:pr-1").setResource(practitioner);
		bundle.addEntry().setFullUrl("urn:uuid:role-1").setResource(role);
		return bundle;
	}

}
