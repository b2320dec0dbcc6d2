package org.secondopinion.sandbox.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.ICriterion;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.SearchEntryMode;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secondopinion.sandbox.SandboxEhrTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SandboxEhrTest
class ProviderDirectoryTests {

	private static final String SNOMED = "http://snomed.info/sct";

	private static final String NUCC = "http://nucc.org/provider-taxonomy";

	@LocalServerPort
	private int port;

	private IGenericClient client;

	@BeforeEach
	void connect() {
		client = FhirContext.forR4Cached().newRestfulGenericClient("http://localhost:" + port + "/fhir");
	}

	@Test
	void findsOrthopaedicSurgeonsBySnomedOrNuccSpecialty() {
		List<String> bySnomed = roles(PractitionerRole.SPECIALTY.exactly().systemAndCode(SNOMED, "394801008"));
		List<String> byNucc = roles(PractitionerRole.SPECIALTY.exactly().systemAndCode(NUCC, "207X00000X"));

		assertThat(bySnomed).containsExactlyInAnyOrder("role-brandt-north", "role-brandt-south", "role-webb-east");
		assertThat(byNucc).containsExactlyInAnyOrderElementsOf(bySnomed);
	}

	@Test
	void everySpecialtyTheGatewayRoutesToHasSomeoneAtTwoOrganizations() {
		for (String specialty : List.of("394801008", "394579002", "394593009", "394591006", "394810000")) {
			List<PractitionerRole> roles = search(PractitionerRole.SPECIALTY.exactly().code(specialty))
				.getEntry()
				.stream()
				.map(entry -> (PractitionerRole) entry.getResource())
				.toList();
			assertThat(roles).extracting(role -> role.getOrganization().getReference())
				.as(specialty)
				.hasSizeGreaterThanOrEqualTo(2)
				.doesNotHaveDuplicates();
		}
	}

	@Test
	void findsTheRolesAtAnOrganizationAndCombinesCriteria() {
		List<String> atEast = roles(PractitionerRole.ORGANIZATION.hasId("Organization/org-east"));
		Bundle cardiologyInTheWest = client.search()
			.forResource(PractitionerRole.class)
			.where(PractitionerRole.ORGANIZATION.hasId("org-west"))
			.and(PractitionerRole.SPECIALTY.exactly().systemAndCode(SNOMED, "394579002"))
			.returnBundle(Bundle.class)
			.execute();

		assertThat(atEast).containsExactlyInAnyOrder("role-webb-east", "role-marquez-east", "role-holm-east");
		assertThat(ids(cardiologyInTheWest)).containsExactly("role-nyberg-west");
	}

	@Test
	void includesThePractitionerAndTheOrganization() {
		Bundle bundle = client.search()
			.forResource(PractitionerRole.class)
			.where(PractitionerRole.PRACTITIONER.hasId("prac-brandt"))
			.include(PractitionerRole.INCLUDE_PRACTITIONER)
			.include(PractitionerRole.INCLUDE_ORGANIZATION)
			.returnBundle(Bundle.class)
			.execute();

		assertThat(bundle.getEntry()).filteredOn(entry -> entry.getSearch().getMode() == SearchEntryMode.MATCH)
			.hasSize(2);
		assertThat(bundle.getEntry()).filteredOn(entry -> entry.getSearch().getMode() == SearchEntryMode.INCLUDE)
			.extracting(entry -> entry.getResource().fhirType() + "/" + entry.getResource().getIdPart())
			.containsExactlyInAnyOrder("Practitioner/prac-brandt", "Organization/org-north", "Organization/org-south");
	}

	@Test
	void theDirectoryAddsTwoOrganizationsToTheSeedsTwo() {
		Bundle organizations = client.search()
			.forResource(Organization.class)
			.where(Organization.RES_ID.exactly().codes("org-north", "org-south", "org-east", "org-west"))
			.returnBundle(Bundle.class)
			.execute();

		assertThat(ids(organizations)).containsExactlyInAnyOrder("org-north", "org-south", "org-east", "org-west");
	}

	@Test
	void theDataFileHoldsOnlyDirectoryResources() {
		assertThat(ProviderDirectory.resources(FhirContext.forR4Cached())).extracting(Resource::fhirType)
			.containsOnly("Organization", "Practitioner", "PractitionerRole");
	}

	private List<String> roles(ICriterion<?> criterion) {
		return ids(search(criterion));
	}

	private Bundle search(ICriterion<?> criterion) {
		return client.search().forResource(PractitionerRole.class).where(criterion).returnBundle(Bundle.class)
			.execute();
	}

	private static List<String> ids(Bundle bundle) {
		return bundle.getEntry().stream().map(entry -> entry.getResource().getIdPart()).toList();
	}

}
