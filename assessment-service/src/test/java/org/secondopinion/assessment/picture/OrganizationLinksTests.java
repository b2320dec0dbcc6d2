package org.secondopinion.assessment.picture;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.secondopinion.events.FlagPayload.OrganizationReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class OrganizationLinksTests {

	private final ClinicalPicture picture = PictureFixtures.picture("fixtures/picture/where-cared-for.json");

	@Test
	void listsTheManagingOrganizationFirstWithItsIdentifier() {
		assertThat(picture.organizations().get(0)).isEqualTo(new OrganizationLink(
				OrganizationReference.MANAGING_ORGANIZATION, "Organization/9a1b", "urn:ietf:rfc:3986", "urn:oid:1.2.3.4",
				null, null));
		assertThat(picture.details().facility()).as("the facility field keeps its meaning").isEqualTo("9a1b");
	}

	@Test
	void ordersEncounterServiceProvidersLatestFirstOncePerOrganisation() {
		assertThat(references(OrganizationReference.ENCOUNTER_SERVICE_PROVIDER))
			.as("absolute and versioned references are read as Type/id; a planned encounter is left out")
			.containsExactly("Organization/hill", "Organization/old-clinic");
	}

	@Test
	void takesTheLatestEncountersLocations() {
		assertThat(references(OrganizationReference.ENCOUNTER_LOCATION)).containsExactly("Location/ward-4");
	}

	@Test
	void takesTheRequestersOfOrdersLatestFirstAndLeavesOutReferencesThatNameNothing() {
		assertThat(references(OrganizationReference.REQUESTER)).containsExactly("PractitionerRole/role-7",
				"Practitioner/dr-3");
	}

	@Test
	void keepsSourcesInTheirOrder() {
		assertThat(picture.organizations()).extracting(OrganizationLink::source)
			.containsExactly(OrganizationReference.MANAGING_ORGANIZATION,
					OrganizationReference.ENCOUNTER_SERVICE_PROVIDER, OrganizationReference.ENCOUNTER_SERVICE_PROVIDER,
					OrganizationReference.ENCOUNTER_LOCATION, OrganizationReference.REQUESTER,
					OrganizationReference.REQUESTER);
	}

	@Test
	void carriesAtMostFiveReferencesOfOneSource() {
		List<OrganizationLink> links = new java.util.ArrayList<>();
		for (int day = 1; day <= 8; day++) {
			links.add(new OrganizationLink(OrganizationReference.ENCOUNTER_SERVICE_PROVIDER, "Organization/o-" + day,
					null, null, null, java.time.Instant.parse("2026-01-0%dT00:00:00Z".formatted(day))));
		}

		assertThat(OrganizationLinks.ordered(null, links)).extracting(OrganizationLink::reference)
			.containsExactly("Organization/o-8", "Organization/o-7", "Organization/o-6", "Organization/o-5",
					"Organization/o-4");
	}

	@Test
	void keepsAManagingOrganizationKnownOnlyByItsName() {
		org.hl7.fhir.r4.model.Patient patient = new org.hl7.fhir.r4.model.Patient();
		patient.setId("p");
		patient.getManagingOrganization().setDisplay("North Clinic");

		ClinicalPicture named = PictureFixtures.picture(org.secondopinion.events.PatientRef.of("e", "p"),
				List.of(patient));

		assertThat(named.organizations()).containsExactly(new OrganizationLink(
				OrganizationReference.MANAGING_ORGANIZATION, null, null, null, "North Clinic", null));
	}

	@Test
	void aPatientWithoutAnyReferenceHasNone() {
		ClinicalPicture bare = PictureFixtures.picture(org.secondopinion.events.PatientRef.of("e", "p"),
				List.of(new org.hl7.fhir.r4.model.Patient().setId("p")));

		assertThat(bare.organizations()).isEmpty();
	}

	private List<String> references(String source) {
		return picture.organizations()
			.stream()
			.filter(l -> l.source().equals(source))
			.map(OrganizationLink::reference)
			.toList();
	}

}
