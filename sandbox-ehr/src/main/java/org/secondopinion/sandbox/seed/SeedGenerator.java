package org.secondopinion.sandbox.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Generates the seed population: the same seed and number of patients always give the same resources, with the same
 * ids ({@code p-0001}, {@code cond-0001-1}, {@code obs-0001-1}, {@code sr-0001}...). Clinical dates are relative to a
 * fixed reference date rather than today, so they do not change from run to run either.
 */
final class SeedGenerator {

	static final String MRN_SYSTEM = "urn:oid:2.16.840.1.113883.19.5";

	static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 6, 1);

	private static final List<String> GIVEN_NAMES = List.of("Alex", "Maria", "Jonas", "Priya", "Tomasz", "Aisha",
			"Kenji", "Elena", "Samuel", "Ingrid", "Omar", "Lucia");

	private static final List<String> FAMILY_NAMES = List.of("Berg", "Okafor", "Novak", "Lindqvist", "Moreau",
			"Tanaka", "Silva", "Kowalski", "Haddad", "Fischer");

	private SeedGenerator() {
	}

	/** The facilities patients are cared for at: odd-numbered patients at the first, even at the second. */
	static final List<Organization> FACILITIES = List.of(facility("org-north", "North Clinic"),
			facility("org-south", "South Clinic"));

	/** Generates the facilities and {@code patients} patients, each followed by the resources about them. */
	static List<Resource> generate(long seed, int patients) {
		Random random = new Random(seed);
		List<Resource> resources = new ArrayList<>();
		if (patients > 0) {
			FACILITIES.forEach(facility -> resources.add(facility.copy()));
		}
		for (int number = 1; number <= patients; number++) {
			String patientId = "p-%04d".formatted(number);
			Patient patient = patient(random, patientId);
			Organization facility = FACILITIES.get((number - 1) % FACILITIES.size());
			patient.setManagingOrganization(new Reference("Organization/" + facility.getIdPart()).setDisplay(facility.getName()));
			resources.add(patient);
			resources.addAll(new ClinicalHistory(random, patientId, number == 1).resources());
		}
		return resources;
	}

	private static Patient patient(Random random, String patientId) {
		Patient patient = new Patient();
		patient.setId(patientId);
		patient.addIdentifier(new Identifier().setSystem(MRN_SYSTEM)
			.setType(SeedCodes.MEDICAL_RECORD_NUMBER.toCodeableConcept())
			.setValue("MRN%06d".formatted(100_000 + random.nextInt(900_000))));
		patient.addName(new HumanName().setFamily(pick(random, FAMILY_NAMES)).addGiven(pick(random, GIVEN_NAMES)));
		patient.setGender(random.nextBoolean() ? AdministrativeGender.FEMALE : AdministrativeGender.MALE);
		LocalDate birthDate = REFERENCE_DATE.minusYears(30 + random.nextInt(56)).minusDays(random.nextInt(365));
		patient.setBirthDateElement(new DateType(birthDate.toString()));
		return patient;
	}

	private static Organization facility(String id, String name) {
		Organization organization = new Organization();
		organization.setId(id);
		organization.setName(name);
		organization.setActive(true);
		return organization;
	}

	static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

}
