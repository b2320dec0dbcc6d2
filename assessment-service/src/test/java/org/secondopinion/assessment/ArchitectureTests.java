package org.secondopinion.assessment;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "org.secondopinion.assessment", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule featurePackagesHaveNoCycles = slices().matching("org.secondopinion.assessment.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule criteriaReadOurRecordsNotFhirModels = noClasses().that()
		.resideInAPackage("..assessment.criteria..")
		.and()
		.doNotHaveSimpleName("CodeSet")
		.and()
		.doNotHaveSimpleName("CodeMap")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.hl7.fhir..")
		.because("rules work on ClinicalPicture records so they read like the clinical definition; only the "
				+ "readers of value-set and concept-map files parse FHIR");

	@ArchTest
	static final ArchRule picturesDoNotKnowAboutFlags = noClasses().that()
		.resideInAPackage("..assessment.picture..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..assessment.flags..", "..assessment.criteria..", "..assessment.intake..");

}
