package org.secondopinion.sandbox;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Arrays;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class SandboxArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.secondopinion.sandbox");

	@Test
	void featurePackagesDoNotDependOnEachOtherInCycles() {
		slices().matching("org.secondopinion.sandbox.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void theStoreKnowsNothingOfTheFeaturesBuiltOnIt() {
		noClasses().that()
			.resideInAPackage("..sandbox.store..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..sandbox.server..", "..sandbox.seed..", "..sandbox.faults..", "..sandbox.export..",
					"..sandbox.subscriptions..", "..sandbox.directory..")
			.check(CLASSES);
	}

	@Test
	void theServerKnowsNoFeatureThatAddsToIt() {
		noClasses().that()
			.resideInAPackage("..sandbox.server..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..sandbox.export..", "..sandbox.subscriptions..", "..sandbox.directory..")
			.check(CLASSES);
	}

	@Test
	void theServerTheSeedAndTheFaultsMeetOnlyInTheStore() {
		independent("server", "seed", "faults");
		independent("seed", "server", "faults");
		independent("faults", "server", "seed");
	}

	private static void independent(String feature, String... others) {
		String[] otherPackages = Arrays.stream(others)
			.map(other -> "..sandbox." + other + "..")
			.toArray(String[]::new);
		noClasses().that()
			.resideInAPackage("..sandbox." + feature + "..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(otherPackages)
			.check(CLASSES);
	}

}
