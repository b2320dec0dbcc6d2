package org.secondopinion.sandbox.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

@EnabledIf("org.secondopinion.sandbox.population.SyntheaFixture#syntheaIsBuilt")
class SyntheaCacheTests {

	@Test
	void generatesTheSamePatientsFromTheSameSeedOnEveryMachine() {
		BasePopulation population = SyntheaFixture.everything();

		assertThat(population.patients()).extracting(record -> record.patient().getIdPart())
			.containsExactly("1e621f4c-db30-c273-49e9-2dcad508a9cb", "347ceebf-0248-5a56-14f3-e1e8e8ffb73c",
					"7353e17f-0cd5-5b0a-c736-92b9ca5f8366");
		assertThat(population.shared()).extracting(Resource::fhirType)
			.contains("Practitioner", "PractitionerRole", "Organization", "Location");
	}

	@Test
	void servesACachedPopulationWithoutRunningSyntheaAgain() {
		SyntheaFixture.everything();
		AtomicInteger runs = new AtomicInteger();
		SyntheaCache cache = new SyntheaCache(SyntheaFixture.CACHE, syntheaVersion(),
				(request, output) -> runs.incrementAndGet(), new TransactionBundles(SyntheaFixture.CONTEXT),
				new PopulationFile(SyntheaFixture.CONTEXT));

		BasePopulation population = cache.load(SyntheaFixture.settings().syntheaRequest(), type -> true);

		assertThat(runs).hasValue(0);
		assertThat(population.resources().count()).isEqualTo(SyntheaFixture.everything().resources().count());
	}

	@Test
	void leavesNoCacheEntryWhenSyntheaFails(@TempDir Path directory) {
		SyntheaCache cache = new SyntheaCache(directory, syntheaVersion(), (request, output) -> {
			throw new IllegalStateException("Synthea failed with exit code 1");
		}, new TransactionBundles(SyntheaFixture.CONTEXT), new PopulationFile(SyntheaFixture.CONTEXT));
		SyntheaRequest request = SyntheaFixture.settings().syntheaRequest();

		assertThatIllegalStateException().isThrownBy(() -> cache.load(request, type -> true));
		assertThat(Files.exists(cache.file(request))).isFalse();
	}

	@Test
	void refersToResourcesByPlainReferencesThatAllResolve() {
		BasePopulation population = SyntheaFixture.everything();
		Set<String> ids = population.resources()
			.map(resource -> resource.fhirType() + "/" + resource.getIdPart())
			.collect(Collectors.toSet());

		List<String> references = population.resources()
			.flatMap(resource -> SyntheaFixture.CONTEXT.newTerser()
				.getAllPopulatedChildElementsOfType(resource, Reference.class)
				.stream())
			.filter(Reference::hasReference)
			.map(Reference::getReference)
			.filter(reference -> !reference.startsWith("#"))
			.toList();

		assertThat(references).isNotEmpty().allSatisfy(reference -> assertThat(ids).contains(reference));
	}

	@Test
	void readsOnlyTheTypesToLoadButEveryPatient() {
		SyntheaFixture.everything();

		BasePopulation conditions = SyntheaFixture.cache()
			.load(SyntheaFixture.settings().syntheaRequest(), type -> type.equals("Condition"));

		assertThat(conditions.shared()).isEmpty();
		assertThat(conditions.patients()).hasSize(SyntheaFixture.PATIENTS);
		assertThat(conditions.resources()).extracting(Resource::fhirType)
			.containsOnly("Patient", "Condition")
			.contains("Condition");
	}

	private static String syntheaVersion() {
		return SyntheaClasspath.read(null).syntheaVersion();
	}

}
