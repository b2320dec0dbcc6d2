package org.secondopinion.sandbox.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

@EnabledIf("org.secondopinion.sandbox.population.SyntheaFixture#syntheaIsBuilt")
class PatientDerivationTests {

	/** Two derived patients from each of the three base patients. */
	private static final int DERIVED = 6;

	private final BasePopulation base = SyntheaFixture.everything();

	@Test
	void givesDerivedPatientsNewIdsForEveryResource() {
		Set<String> baseIds = ids(base.resources());

		List<PatientRecord> derived = derive(SyntheaFixture.SEED);

		Set<String> derivedIds = ids(derived.stream().flatMap(record -> record.resources().stream()));
		assertThat(derivedIds).hasSize((int) derived.stream().mapToLong(record -> record.resources().size()).sum())
			.doesNotContainAnyElementsOf(baseIds);
	}

	@Test
	void givesDerivedPatientsNewNamesIdentifiersAndAddresses() {
		List<PatientRecord> derived = derive(SyntheaFixture.SEED);

		for (int index = 0; index < DERIVED; index++) {
			Patient template = base.patients().get(index % base.patients().size()).patient();
			Patient patient = derived.get(index).patient();
			assertThat(names(patient)).doesNotContainAnyElementsOf(names(template));
			assertThat(patient.getIdentifier()).extracting(Identifier::getValue)
				.hasSameSizeAs(template.getIdentifier())
				.doesNotContainAnyElementsOf(template.getIdentifier().stream().map(Identifier::getValue).toList());
			assertThat(patient.getAddressFirstRep().getLine()).extracting(StringType::getValue)
				.isNotEqualTo(template.getAddressFirstRep().getLine().stream().map(StringType::getValue).toList());
			assertThat(patient.getGender()).isEqualTo(template.getGender());
		}
	}

	@Test
	void leavesNoReferenceDangling() {
		List<PatientRecord> derived = derive(SyntheaFixture.SEED);
		List<Resource> population = new ArrayList<>(base.shared());
		derived.forEach(record -> population.addAll(record.resources()));
		Set<String> ids = population.stream()
			.map(resource -> resource.fhirType() + "/" + resource.getIdPart())
			.collect(Collectors.toSet());

		List<String> references = population.stream().flatMap(PatientDerivationTests::references).toList();

		assertThat(references).hasSizeGreaterThan(100).allSatisfy(reference -> assertThat(ids).contains(reference));
	}

	@Test
	void refersEachRecordToItsOwnPatient() {
		for (PatientRecord record : derive(SyntheaFixture.SEED)) {
			String patient = "Patient/" + record.patient().getIdPart();

			assertThat(record.resources().stream().flatMap(PatientDerivationTests::references))
				.filteredOn(reference -> reference.startsWith("Patient/"))
				.isNotEmpty()
				.containsOnly(patient);
		}
	}

	@Test
	void derivesTheSamePatientsFromTheSameSeed() {
		assertThat(encoded(derive(SyntheaFixture.SEED))).isEqualTo(encoded(derive(SyntheaFixture.SEED)));
		assertThat(ids(derive(SyntheaFixture.SEED + 1).stream().flatMap(record -> record.resources().stream())))
			.doesNotContainAnyElementsOf(
					ids(derive(SyntheaFixture.SEED).stream().flatMap(record -> record.resources().stream())));
	}

	@Test
	void derivesEachPatientTheSameWayAloneOrWithOthers() {
		PatientDerivation derivation = new PatientDerivation(SyntheaFixture.CONTEXT, SyntheaFixture.SEED, base);

		assertThat(encoded(List.of(derivation.derive(5)))).isEqualTo(encoded(derive(SyntheaFixture.SEED).subList(4, 5)));
	}

	@Test
	void movesEveryDateBackByTheSameNumberOfDays() {
		List<PatientRecord> derived = derive(SyntheaFixture.SEED);

		for (int index = 0; index < DERIVED; index++) {
			PatientRecord template = base.patients().get(index % base.patients().size());
			long birthShift = ChronoUnit.DAYS.between(birthDate(template), birthDate(derived.get(index)));
			Encounter firstEncounter = encounters(template).getFirst();
			Encounter derivedEncounter = encounters(derived.get(index)).getFirst();
			long encounterShift = ChronoUnit.DAYS.between(day(firstEncounter), day(derivedEncounter));

			assertThat(birthShift).isBetween((long) -PatientDerivation.MAX_SHIFT_DAYS, -1L).isEqualTo(encounterShift);
			assertThat(derivedEncounter.getPeriod().getStartElement().getValueAsString().substring(10))
				.isEqualTo(firstEncounter.getPeriod().getStartElement().getValueAsString().substring(10));
		}
	}

	@Test
	void namesTheNewPatientInReferencesAndNotes() {
		PatientRecord template = base.patients().getFirst();
		PatientRecord derived = derive(SyntheaFixture.SEED).getFirst();
		String oldGiven = template.patient().getNameFirstRep().getGiven().getFirst().getValue();
		String newGiven = derived.patient().getNameFirstRep().getGiven().getFirst().getValue();

		List<String> displays = derived.resources()
			.stream()
			.filter(Encounter.class::isInstance)
			.map(encounter -> ((Encounter) encounter).getSubject().getDisplay())
			.toList();
		List<String> notes = derived.resources()
			.stream()
			.filter(DocumentReference.class::isInstance)
			.map(note -> new String(((DocumentReference) note).getContentFirstRep().getAttachment().getData(),
					StandardCharsets.UTF_8))
			.toList();

		assertThat(displays).isNotEmpty()
			.allSatisfy(display -> assertThat(display).contains(newGiven).doesNotContain(oldGiven));
		assertThat(notes).isNotEmpty().allSatisfy(note -> assertThat(note).doesNotContain(oldGiven));
		assertThat(notes).anySatisfy(note -> assertThat(note).contains(newGiven));
	}

	private List<PatientRecord> derive(long seed) {
		List<PatientRecord> derived = new ArrayList<>();
		new PatientDerivation(SyntheaFixture.CONTEXT, seed, base).derive(DERIVED, derived::add);
		return derived;
	}

	private static Stream<String> references(Resource resource) {
		return SyntheaFixture.CONTEXT.newTerser()
			.getAllPopulatedChildElementsOfType(resource, Reference.class)
			.stream()
			.filter(Reference::hasReference)
			.map(Reference::getReference)
			.filter(reference -> !reference.startsWith("#"));
	}

	private static Set<String> ids(Stream<Resource> resources) {
		return resources.map(Resource::getIdPart).collect(Collectors.toSet());
	}

	private static Set<String> names(Patient patient) {
		return patient.getName()
			.stream()
			.flatMap(name -> Stream.concat(name.getGiven().stream().map(StringType::getValue),
					Stream.of(name.getFamily())))
			.collect(Collectors.toSet());
	}

	private static LocalDate birthDate(PatientRecord record) {
		return LocalDate.parse(record.patient().getBirthDateElement().getValueAsString());
	}

	private static List<Encounter> encounters(PatientRecord record) {
		return record.resources().stream().filter(Encounter.class::isInstance).map(Encounter.class::cast).toList();
	}

	private static LocalDate day(Encounter encounter) {
		return LocalDate.parse(encounter.getPeriod().getStartElement().getValueAsString().substring(0, 10));
	}

	private static List<String> encoded(List<PatientRecord> records) {
		IParser parser = SyntheaFixture.CONTEXT.newJsonParser();
		return records.stream()
			.flatMap(record -> record.resources().stream())
			.map(parser::encodeResourceToString)
			.toList();
	}

}
