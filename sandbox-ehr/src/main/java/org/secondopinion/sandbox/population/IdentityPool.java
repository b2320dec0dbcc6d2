package org.secondopinion.sandbox.population;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;

/**
 * Names and addresses of the base population, recombined into new identities for derived patients. A new name takes
 * the letters of a base patient's name (a given name of someone of the same gender, a family name of anyone) and a new
 * number, as Synthea numbers its names ({@code Lavern240}): names stay as obviously made up as Synthea's.
 */
final class IdentityPool {

	static final String MOTHERS_MAIDEN_NAME = "http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName";

	/** Identifier values whose characters are kept: Synthea's SSNs start with 999, not given to anyone. */
	private static final int KEPT_PREFIX = 4;

	private static final Pattern TRAILING_DIGITS = Pattern.compile("\\d+$");

	private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private final Map<AdministrativeGender, List<String>> givenNames = new EnumMap<>(AdministrativeGender.class);

	private final List<String> allGivenNames = new ArrayList<>();

	private final List<String> familyNames = new ArrayList<>();

	private final List<Address> addresses = new ArrayList<>();

	IdentityPool(List<PatientRecord> patients) {
		for (PatientRecord record : patients) {
			Patient patient = record.patient();
			for (HumanName name : patient.getName()) {
				name.getGiven().stream().map(given -> stem(given.getValue())).filter(stem -> !stem.isEmpty()).forEach(stem -> {
					allGivenNames.add(stem);
					givenNames.computeIfAbsent(patient.getGender(), gender -> new ArrayList<>()).add(stem);
				});
				if (name.hasFamily() && !stem(name.getFamily()).isEmpty()) {
					familyNames.add(stem(name.getFamily()));
				}
			}
			patient.getAddress().forEach(address -> addresses.add(address.copy()));
		}
		if (allGivenNames.isEmpty() || familyNames.isEmpty()) {
			throw new IllegalArgumentException("The base population has no names to derive new ones from");
		}
	}

	/**
	 * Gives the patient a new name, mother's maiden name, address (another base patient's), phone numbers and
	 * identifiers (except those that are resource ids: they change with the ids), and drops Synthea's narrative,
	 * which names the base patient's seed.
	 * @return each part of the old name (given and family names) with the part that replaces it, for the texts that
	 * name the patient
	 */
	Map<String, String> renew(Patient patient, SplittableRandom random) {
		Map<String, String> replacements = new HashMap<>();
		List<String> given = givenNames.getOrDefault(patient.getGender(), allGivenNames);
		for (HumanName name : patient.getName()) {
			for (StringType part : name.getGiven()) {
				part.setValue(replacements.computeIfAbsent(part.getValue(), old -> newName(old, given, random)));
			}
			if (name.hasFamily()) {
				name.setFamily(replacements.computeIfAbsent(name.getFamily(), old -> newName(old, familyNames, random)));
			}
			name.setText(null);
		}
		for (Extension extension : patient.getExtensionsByUrl(MOTHERS_MAIDEN_NAME)) {
			extension.setValue(new StringType(newName("", givenNames.getOrDefault(AdministrativeGender.FEMALE,
					allGivenNames), random) + " " + newName("", familyNames, random)));
		}
		if (!addresses.isEmpty() && patient.hasAddress()) {
			patient.setAddress(List.of(otherAddress(patient.getAddressFirstRep(), random).copy()));
		}
		patient.setText(null);
		for (ContactPoint telecom : patient.getTelecom()) {
			if (telecom.hasValue()) {
				telecom.setValue(scramble(telecom.getValue(), random));
			}
		}
		for (Identifier identifier : patient.getIdentifier()) {
			if (identifier.hasValue() && !UUID.matcher(identifier.getValue()).find()) {
				identifier.setValue(scramble(identifier.getValue(), random));
			}
		}
		return replacements;
	}

	/** A base patient's address, another one than {@code current} if there is another one. */
	private Address otherAddress(Address current, SplittableRandom random) {
		int index = random.nextInt(addresses.size());
		if (addresses.get(index).getLine().toString().equals(current.getLine().toString())) {
			index = (index + 1) % addresses.size();
		}
		return addresses.get(index);
	}

	private static String newName(String old, List<String> stems, SplittableRandom random) {
		String name;
		do {
			name = stems.get(random.nextInt(stems.size())) + (1 + random.nextInt(999));
		}
		while (name.equals(old));
		return name;
	}

	/** Replaces the digits and letters after the first few with random ones, keeping the format. */
	static String scramble(String value, SplittableRandom random) {
		StringBuilder scrambled = new StringBuilder(value);
		for (int index = Math.min(KEPT_PREFIX, value.length() - 1); index < value.length(); index++) {
			char character = value.charAt(index);
			if (Character.isDigit(character)) {
				scrambled.setCharAt(index, (char) ('0' + random.nextInt(10)));
			}
			else if (character >= 'A' && character <= 'Z') {
				scrambled.setCharAt(index, (char) ('A' + random.nextInt(26)));
			}
			else if (character >= 'a' && character <= 'z') {
				scrambled.setCharAt(index, (char) ('a' + random.nextInt(26)));
			}
		}
		return scrambled.toString();
	}

	private static String stem(String name) {
		return TRAILING_DIGITS.matcher(name).replaceAll("");
	}

}
