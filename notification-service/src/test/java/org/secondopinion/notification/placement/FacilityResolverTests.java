package org.secondopinion.notification.placement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.secondopinion.events.EhrId;
import org.secondopinion.events.EventCodec;
import org.secondopinion.notification.cases.IncomingFlag.Identifier;
import org.secondopinion.notification.cases.IncomingFlag.OrganizationReference;
import org.secondopinion.notification.cases.Placement;
import org.secondopinion.notification.directory.ProviderDirectory;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class FacilityResolverTests {

	private static final EhrId EHR = EhrId.of("ehr-a");

	private static final String NPI = "http://hl7.org/fhir/sid/us-npi";

	private final Directory directory = new Directory();

	private final List<PlacementSettings.Mapping> mappings = new ArrayList<>(List.of(
			new PlacementSettings.Mapping(null, NPI + "|1111111111", null, null, "North Clinic"),
			new PlacementSettings.Mapping(null, null, "org-south", null, "South Clinic"),
			new PlacementSettings.Mapping(null, null, null, "West Clinic", "West Clinic"),
			new PlacementSettings.Mapping("ehr-b", null, "org-other-ehr", null, "East Clinic")));

	@Test
	void placesByTheManagingOrganizationsIdentifierFoundInTheDirectoryForABareId() {
		directory.add("""
				{"resourceType":"Organization","id":"3f9c","name":"North Clinic Inc",
				 "identifier":[{"system":"%s","value":"1111111111"}]}""".formatted(NPI));

		Placement placement = place(ref(OrganizationReference.MANAGING_ORGANIZATION, "Organization/3f9c"));

		assertThat(placement.facility()).isEqualTo("North Clinic");
		assertThat(placement.rule()).isEqualTo("managing-organization");
		assertThat(placement.explanation()).isEqualTo("placed by the patient's managing organization Organization/3f9c "
				+ "(North Clinic Inc), matched by identifier " + NPI + "|1111111111 → North Clinic");
	}

	@Test
	void placesByAnIdentifierTheReferenceCarriesWithoutTheDirectory() {
		Placement placement = place(new OrganizationReference(OrganizationReference.MANAGING_ORGANIZATION, null,
				new Identifier(NPI, "1111111111"), null));

		assertThat(placement.facility()).isEqualTo("North Clinic");
	}

	@Test
	void placesByIdAndByNameIgnoringCaseAndSpacing() {
		assertThat(place(ref(OrganizationReference.MANAGING_ORGANIZATION, "Organization/org-south")).facility())
			.isEqualTo("South Clinic");
		assertThat(place(new OrganizationReference(OrganizationReference.MANAGING_ORGANIZATION, null, null,
				"  west   CLINIC ")).facility()).isEqualTo("West Clinic");
	}

	@Test
	void matchesTheNameOrAliasTheDirectoryKnows() {
		directory.add("""
				{"resourceType":"Organization","id":"w-1","name":"WC Holdings","alias":["West Clinic"]}""");

		Placement placement = place(ref(OrganizationReference.ENCOUNTER_SERVICE_PROVIDER, "Organization/w-1"));

		assertThat(placement.facility()).isEqualTo("West Clinic");
		assertThat(placement.explanation()).contains("matched by name");
	}

	@Test
	void prefersAnIdentifierMatchToAnIdOrNameMatch() {
		directory.add("""
				{"resourceType":"Organization","id":"org-south","name":"West Clinic",
				 "identifier":[{"system":"%s","value":"1111111111"}]}""".formatted(NPI));

		assertThat(place(ref(OrganizationReference.MANAGING_ORGANIZATION, "Organization/org-south")).facility())
			.isEqualTo("North Clinic");
	}

	@Test
	void placesByTheLatestEncounterWhenThePatientHasNoManagingOrganization() {
		Placement placement = place(
				ref(OrganizationReference.ENCOUNTER_SERVICE_PROVIDER, "Organization/org-south"),
				ref(OrganizationReference.ENCOUNTER_SERVICE_PROVIDER, "Organization/unknown"));

		assertThat(placement.rule()).isEqualTo("encounter-service-provider");
		assertThat(placement.explanation()).startsWith("placed by the latest encounter's service provider Organization/org-south");
	}

	@Test
	void takesAnEarlierEncounterWhenTheLatestOrganisationIsNotMapped() {
		Placement placement = place(
				ref(OrganizationReference.ENCOUNTER_SERVICE_PROVIDER, "Organization/outside-er"),
				ref(OrganizationReference.ENCOUNTER_SERVICE_PROVIDER, "Organization/org-south"));

		assertThat(placement.facility()).isEqualTo("South Clinic");
		assertThat(placement.explanation()).startsWith("placed by an earlier encounter's service provider");
	}

	@Test
	void followsAnEncounterLocationToItsManagingOrganization() {
		directory.add("""
				{"resourceType":"Location","id":"ward-4","name":"Ward 4",
				 "managingOrganization":{"reference":"Organization/org-south"}}""");

		Placement placement = place(ref(OrganizationReference.ENCOUNTER_LOCATION, "Location/ward-4"));

		assertThat(placement.facility()).isEqualTo("South Clinic");
		assertThat(placement.explanation()).isEqualTo("placed by the latest encounter's location Location/ward-4 at "
				+ "Organization/org-south, matched by id → South Clinic");
	}

	@Test
	void followsARequestersRoleToItsOrganization() {
		directory.add("""
				{"resourceType":"PractitionerRole","id":"role-1","practitioner":{"reference":"Practitioner/dr-1"},
				 "organization":{"reference":"Organization/org-south"}}""");

		assertThat(place(ref(OrganizationReference.REQUESTER, "PractitionerRole/role-1")).facility())
			.isEqualTo("South Clinic");
	}

	@Test
	void followsARequestingPractitionerToTheRoleAtAMappedOrganization() {
		directory.add("""
				{"resourceType":"PractitionerRole","id":"role-a","practitioner":{"reference":"Practitioner/dr-2"},
				 "organization":{"reference":"Organization/elsewhere"}}""");
		directory.add("""
				{"resourceType":"PractitionerRole","id":"role-b","practitioner":{"reference":"Practitioner/dr-2"},
				 "organization":{"reference":"Organization/org-south"}}""");

		assertThat(place(ref(OrganizationReference.REQUESTER, "Practitioner/dr-2")).facility()).isEqualTo("South Clinic");
	}

	@Test
	void triesTheSourcesInTheConfiguredOrder() {
		OrganizationReference managing = ref(OrganizationReference.MANAGING_ORGANIZATION, "Organization/org-south");
		OrganizationReference encounter = new OrganizationReference(OrganizationReference.ENCOUNTER_SERVICE_PROVIDER,
				null, null, "West Clinic");

		assertThat(place(managing, encounter).facility()).isEqualTo("South Clinic");
		assertThat(resolver(List.of("encounter-service-provider", "managing-organization"))
			.place(EHR, null, List.of(managing, encounter)).facility()).isEqualTo("West Clinic");
		assertThat(resolver(List.of("requester")).place(EHR, null, List.of(managing, encounter)).placed())
			.as("a source left out of the order is never used").isFalse();
	}

	@Test
	void appliesAMappingOfAnotherEhrOnlyToThatEhr() {
		OrganizationReference other = ref(OrganizationReference.MANAGING_ORGANIZATION, "Organization/org-other-ehr");

		assertThat(place(other).placed()).isFalse();
		assertThat(resolver(null).place(EhrId.of("ehr-b"), null, List.of(other)).facility()).isEqualTo("East Clinic");
	}

	@Test
	void sendsACaseWithoutAnyOrganisationToTheFallbackSayingWhy() {
		Placement placement = place();

		assertThat(placement.facility()).isEqualTo("Central Intake");
		assertThat(placement.placed()).isFalse();
		assertThat(placement.explanation())
			.isEqualTo("no rule placed it (the patient's record names no organisation) → fallback Central Intake");
	}

	@Test
	void sendsACaseWhoseOrganisationsAreNotMappedToTheFallbackNamingThem() {
		Placement placement = place(ref(OrganizationReference.MANAGING_ORGANIZATION, "Organization/9a1b"),
				ref(OrganizationReference.ENCOUNTER_LOCATION, "Location/nowhere"));

		assertThat(placement.rule()).isEqualTo("fallback");
		assertThat(placement.explanation()).contains(
				"the patient's managing organization Organization/9a1b maps to no facility (not in the directory)",
				"the latest encounter's location Location/nowhere is not in the directory");
	}

	@Test
	void keepsTheFacilityOfAFlagWithoutReferencesMappingItWhenTheMappingKnowsIt() {
		assertThat(resolver(null).place(EHR, "org-south", null).facility()).isEqualTo("South Clinic");
		assertThat(resolver(null).place(EHR, "Lakeside", null)).satisfies(p -> {
			assertThat(p.facility()).isEqualTo("Lakeside");
			assertThat(p.rule()).isEqualTo("flag-facility");
		});
		assertThat(resolver(null).place(EHR, null, null).rule()).isEqualTo("fallback");
	}

	@Test
	void sendsAnUnmappedFacilityOfAFlagWithoutReferencesToTheFallbackWhenToldNotToKeepIt() {
		FacilityResolver strict = new FacilityResolver(
				new PlacementSettings(null, mappings, "Central Intake", false, null), directory);

		assertThat(strict.place(EHR, "Lakeside", null).facility()).isEqualTo("Central Intake");
	}

	private Placement place(OrganizationReference... references) {
		return resolver(null).place(EHR, null, List.of(references));
	}

	private FacilityResolver resolver(@Nullable List<String> order) {
		return new FacilityResolver(new PlacementSettings(order, mappings, "Central Intake", true, null), directory);
	}

	private static OrganizationReference ref(String source, String reference) {
		return new OrganizationReference(source, reference, null, null);
	}

	/** A provider directory of FHIR JSON resources, as the gateway would have published them. */
	private static final class Directory implements ProviderDirectory {

		private final EventCodec codec = new EventCodec();

		private final List<JsonNode> resources = new ArrayList<>();

		void add(String json) {
			resources.add(codec.mapper().readTree(json));
		}

		@Override
		public Optional<JsonNode> read(EhrId ehrId, String type, String id) {
			return resources.stream()
				.filter(r -> r.path("resourceType").asString().equals(type) && r.path("id").asString().equals(id))
				.findFirst();
		}

		@Override
		public Optional<JsonNode> withIdentifier(EhrId ehrId, String type, @Nullable String system, String value) {
			return resources.stream()
				.filter(r -> r.path("resourceType").asString().equals(type))
				.filter(r -> r.path("identifier").valueStream().anyMatch(i -> i.path("value").asString().equals(value)
						&& (system == null || i.path("system").asString().equals(system))))
				.findFirst();
		}

		@Override
		public List<JsonNode> rolesOfPractitioner(EhrId ehrId, String practitionerId) {
			return resources.stream()
				.filter(r -> r.path("resourceType").asString().equals("PractitionerRole"))
				.filter(r -> r.path("practitioner").path("reference").asString().equals("Practitioner/" + practitionerId))
				.toList();
		}

	}

}
