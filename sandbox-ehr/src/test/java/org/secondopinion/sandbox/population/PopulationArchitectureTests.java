package org.secondopinion.sandbox.population;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class PopulationArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.secondopinion.sandbox");

	@Test
	void thePopulationMeetsTheRestOfTheSandboxOnlyInTheStore() {
		noClasses().that()
			.resideInAPackage("..sandbox.population..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..sandbox.server..", "..sandbox.seed..", "..sandbox.faults..")
			.check(CLASSES);
	}

	@Test
	void nothingElseInTheSandboxDependsOnThePopulation() {
		noClasses().that()
			.resideOutsideOfPackage("..sandbox.population..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..sandbox.population..")
			.check(CLASSES);
	}

}
