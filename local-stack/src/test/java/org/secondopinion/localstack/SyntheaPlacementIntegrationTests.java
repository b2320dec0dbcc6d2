package org.secondopinion.localstack;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.secondopinion.assessment.AssessmentServiceApplication;
import org.secondopinion.gateway.FhirGatewayApplication;
import org.secondopinion.notification.NotificationServiceApplication;
import org.secondopinion.sandbox.population.SyntheaRecords;
import org.secondopinion.testing.fhir.ReferenceFhirServer;
import org.secondopinion.testing.keycloak.KeycloakServer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every case reaches a coordinator, on records we did not write in a server we did not write: Synthea patients
 * (whose records name no facility: no managing organisation, only the organisations and practitioners Synthea made
 * up) in the stock HAPI FHIR JPA server, each given a surgery order by their own practitioner. The organisations of
 * two patients are mapped to North Clinic by identifier, those of a third to South Clinic by name, the fourth's to
 * nothing. Coordinators signed in through Keycloak see exactly the cases of their facility; the fallback team's
 * coordinator sees the fourth.
 */
class SyntheaPlacementIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	private static final List<String> TYPES = List.of("Patient", "Encounter", "Condition", "Procedure",
			"MedicationRequest", "Organization", "Location", "Practitioner", "PractitionerRole");

	private static final String EHR = "synthea-hapi";

	private static final List<ConfigurableApplicationContext> services = new ArrayList<>();

	/** The patients of the test, by the facility their cases belong to. */
	private static final Map<String, List<String>> expected = new LinkedHashMap<>();

	private static ConfigurableApplicationContext notification;

	@BeforeAll
	static void loadSyntheaPatientsIntoHapiAndStartTheSystem() {
		ReferenceFhirServer hapi = ReferenceFhirServer.shared();
		FHIR.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
		IGenericClient client = FHIR.newRestfulGenericClient(hapi.baseUrl());
		List<Resource> shared = new ArrayList<>();
		List<List<Resource>> records = new ArrayList<>();
		SyntheaRecords.forEachPatient(FHIR, 8, 42, TYPES, shared::addAll, records::add);
		Map<String, Resource> directory = shared.stream()
			.collect(Collectors.toMap(r -> r.fhirType() + "/" + r.getIdElement().getIdPart(), r -> r, (a, b) -> a));

		List<List<Resource>> chosen = disjoint(alive(records), directory, 4);
		List<Set<Organization>> organizations = chosen.stream().map(r -> organizationsOf(r, directory)).toList();
		List<String> properties = new ArrayList<>();
		int mapping = 0;
		for (int p = 0; p < 2; p++) {
			for (Organization organization : organizations.get(p)) {
				Identifier id = organization.getIdentifierFirstRep();
				properties.add(placement(mapping, "identifier", id.getSystem() + "|" + id.getValue()));
				properties.add(placement(mapping++, "facility", "North Clinic"));
			}
		}
		for (Organization organization : organizations.get(2)) {
			properties.add(placement(mapping, "name", organization.getName().toUpperCase(java.util.Locale.ROOT)));
			properties.add(placement(mapping++, "facility", "South Clinic"));
		}
		expected.put("North Clinic", List.of(patientId(chosen.get(0)), patientId(chosen.get(1))));
		expected.put("South Clinic", List.of(patientId(chosen.get(2))));
		expected.put("Central Intake", List.of(patientId(chosen.get(3))));

		load(client, chosen, directory);

		services.add(AssessmentServiceApplication.start(EmbeddedServices.arguments("syntheaassessment")));
		List<String> notificationArgs = new ArrayList<>(List.of(EmbeddedServices.arguments("syntheanotification")));
		notificationArgs.addAll(properties);
		notification = NotificationServiceApplication.start(notificationArgs.toArray(String[]::new));
		services.add(notification);
		services.add(FhirGatewayApplication.start(Stream.concat(Stream.of(EmbeddedServices.arguments("syntheagateway")),
				Stream.of("--second-opinion.gateway.ehrs[0].id=" + EHR, "--second-opinion.gateway.ehrs[0].base-url=" + hapi.baseUrl(),
						"--second-opinion.gateway.poll-interval=1s"))
			.toArray(String[]::new)));
	}

	@AfterAll
	static void stopTheSystem() {
		services.reversed().forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void eachCoordinatorSeesTheCasesThePlacementRulesPutInTheirFacilityAndTheFallbackTeamTheRest() {
		Set<String> all = expected.values().stream().flatMap(List::stream).collect(Collectors.toSet());
		await().atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> casesSeenBy("admin").keySet().containsAll(all));

		// a flag may arrive before the organisation that places it; the case is placed again when it does
		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			assertThat(ours(casesSeenBy("coordinator"), all).keySet()).containsExactlyInAnyOrderElementsOf(expected.get("North Clinic"));
			assertThat(ours(casesSeenBy("coordinator-south"), all).keySet()).containsExactlyInAnyOrderElementsOf(expected.get("South Clinic"));
			Map<String, JsonNode> intake = ours(casesSeenBy("coordinator-intake"), all);
			assertThat(intake.keySet()).containsExactlyInAnyOrderElementsOf(expected.get("Central Intake"));
			assertThat(intake.values()).allSatisfy(c -> {
				assertThat(c.path("placement").path("placed").asBoolean()).isFalse();
				assertThat(c.path("facility").asString()).isEqualTo("Central Intake");
			});
		});
		Map<String, JsonNode> seen = casesSeenBy("admin");
		for (String patient : expected.get("North Clinic")) {
			assertThat(seen.get(patient).path("placement").path("explanation").asString())
				.as("placed through the records' organisations, which name no facility").contains("North Clinic");
		}
		assertThat(seen.get(expected.get("South Clinic").get(0)).path("placement").path("explanation").asString())
			.contains("by name").contains("South Clinic");
	}

	private static Map<String, JsonNode> casesSeenBy(String user) {
		JsonNode page = JSON.readTree(RestClient.create("http://127.0.0.1:" + EmbeddedServices.port(notification))
			.get()
			.uri("/api/v1/cases?size=200")
			.header("Authorization", "Bearer " + KeycloakServer.shared().accessToken(user))
			.retrieve()
			.body(String.class));
		Map<String, JsonNode> cases = new HashMap<>();
		page.path("items").forEach(item -> {
			if (EHR.equals(item.path("patient").path("ehrId").asString())) {
				cases.put(item.path("patient").path("id").asString(), item);
			}
		});
		return cases;
	}

	private static Map<String, JsonNode> ours(Map<String, JsonNode> cases, Set<String> patients) {
		Map<String, JsonNode> mine = new HashMap<>(cases);
		mine.keySet().retainAll(patients);
		return mine;
	}

	private static List<List<Resource>> alive(List<List<Resource>> records) {
		return records.stream().filter(r -> !((Patient) r.get(0)).hasDeceased()).toList();
	}

	/** The first {@code count} records whose organisations are shared with none of the others chosen. */
	private static List<List<Resource>> disjoint(List<List<Resource>> records, Map<String, Resource> directory, int count) {
		List<List<Resource>> chosen = new ArrayList<>();
		Set<String> taken = new java.util.HashSet<>();
		for (List<Resource> record : records) {
			Set<String> ids = organizationsOf(record, directory).stream()
				.map(o -> o.getIdElement().getIdPart())
				.collect(Collectors.toSet());
			if (!ids.isEmpty() && ids.stream().noneMatch(taken::contains)) {
				chosen.add(record);
				taken.addAll(ids);
			}
		}
		assertThat(chosen).as("Synthea patients cared for by organisations of their own").hasSizeGreaterThanOrEqualTo(count);
		return chosen.subList(0, count);
	}

	/**
	 * Every organisation a placement rule could reach from the record: encounters' service providers, their
	 * locations' managing organisations, and the organisations of the patient's practitioner's roles.
	 */
	private static Set<Organization> organizationsOf(List<Resource> record, Map<String, Resource> directory) {
		Set<String> references = new LinkedHashSet<>();
		Patient patient = (Patient) record.get(0);
		patient.getGeneralPractitioner().forEach(gp -> references.addAll(rolesOrganizations(gp.getReference(), directory)));
		references.add(patient.getManagingOrganization().getReference());
		for (Resource resource : record) {
			if (resource instanceof Encounter encounter) {
				references.add(encounter.getServiceProvider().getReference());
				encounter.getLocation().forEach(l -> {
					if (directory.get(l.getLocation().getReference()) instanceof Location location) {
						references.add(location.getManagingOrganization().getReference());
					}
				});
				encounter.getParticipant()
					.forEach(p -> references.addAll(rolesOrganizations(p.getIndividual().getReference(), directory)));
			}
		}
		return references.stream()
			.map(directory::get)
			.filter(Organization.class::isInstance)
			.map(Organization.class::cast)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static Set<String> rolesOrganizations(String practitioner, Map<String, Resource> directory) {
		if (practitioner == null) {
			return Set.of();
		}
		return directory.values()
			.stream()
			.filter(PractitionerRole.class::isInstance)
			.map(PractitionerRole.class::cast)
			.filter(role -> practitioner.equals(role.getPractitioner().getReference()))
			.map(role -> role.getOrganization().getReference())
			.collect(Collectors.toSet());
	}

	/**
	 * Writes the records, the directory resources they refer to, and a spinal fusion ordered by the patient's own
	 * practitioner for ten days from now, one transaction per patient; references to what is not loaded are
	 * dropped, as HAPI checks every reference it stores.
	 */
	private static void load(IGenericClient client, List<List<Resource>> records, Map<String, Resource> directory) {
		Map<String, Resource> loaded = new LinkedHashMap<>();
		for (List<Resource> record : records) {
			record.forEach(r -> loaded.put(key(r), r));
			Patient patient = (Patient) record.get(0);
			ServiceRequest order = new ServiceRequest();
			order.setId(patient.getIdElement().getIdPart() + "-fusion");
			order.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
			order.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
			order.setCode(new CodeableConcept(new Coding("http://snomed.info/sct", "55705006", "Spinal fusion")));
			order.setSubject(new Reference("Patient/" + patient.getIdElement().getIdPart()));
			order.setOccurrence(new DateTimeType(LocalDate.now(ZoneOffset.UTC).plusDays(10).toString()));
			if (patient.hasGeneralPractitioner()) {
				order.setRequester(new Reference(patient.getGeneralPractitionerFirstRep().getReference()));
			}
			loaded.put(key(order), order);
		}
		// the directory resources the records reach, and those they reach in turn
		List<String> pending = new ArrayList<>(loaded.values().stream().flatMap(r -> references(r).stream()).toList());
		while (!pending.isEmpty()) {
			String reference = pending.removeLast();
			Resource target = directory.get(reference);
			if (target != null && !loaded.containsKey(reference)) {
				loaded.put(reference, target);
				pending.addAll(references(target));
			}
		}
		directory.values()
			.stream()
			.filter(PractitionerRole.class::isInstance)
			.filter(role -> loaded.containsKey(((PractitionerRole) role).getPractitioner().getReference()))
			.forEach(role -> loaded.putIfAbsent(key(role), role));
		for (Resource resource : loaded.values()) {
			FHIR.newTerser()
				.getAllPopulatedChildElementsOfType(resource, Reference.class)
				.stream()
				.filter(r -> r.getReference() != null && !r.getReference().startsWith("#") && !loaded.containsKey(r.getReference()))
				.forEach(r -> r.setReference(null));
		}
		// what others refer to first: a transaction may refer to what an earlier one wrote
		List<String> order = List.of("Organization", "Location", "Practitioner", "PractitionerRole", "Patient", "Encounter");
		List<Resource> all = new ArrayList<>(loaded.values());
		all.sort(java.util.Comparator.comparingInt(r -> order.contains(r.fhirType()) ? order.indexOf(r.fhirType()) : order.size()));
		for (int from = 0; from < all.size(); from += 500) {
			Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
			for (Resource resource : all.subList(from, Math.min(all.size(), from + 500))) {
				transaction.addEntry()
					.setResource(resource)
					.setFullUrl(key(resource))
					.getRequest()
					.setMethod(Bundle.HTTPVerb.PUT)
					.setUrl(key(resource));
			}
			client.transaction().withBundle(transaction).execute();
		}
	}

	private static List<String> references(Resource resource) {
		return FHIR.newTerser()
			.getAllPopulatedChildElementsOfType(resource, Reference.class)
			.stream()
			.map(Reference::getReference)
			.filter(r -> r != null && r.contains("/"))
			.toList();
	}

	private static String key(Resource resource) {
		return resource.fhirType() + "/" + resource.getIdElement().getIdPart();
	}

	private static String patientId(List<Resource> record) {
		return record.get(0).getIdElement().getIdPart();
	}

	private static String placement(int index, String field, String value) {
		return "--second-opinion.notification.placement.organizations[" + index + "]." + field + "=" + value;
	}



}
