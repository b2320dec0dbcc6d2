package org.secondopinion.assessment;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "org.secondopinion.assessment", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	/** The classes (with their nested ones) that read value sets, concept maps and terminology-server answers. */
	private static final Set<String> VALUE_SET_READERS = Set.of("CodeSet", "CodeMap", "CodeFilter", "Expansion",
			"TerminologyClient", "ValueSetExpansions", "AlarmFindings", "FhirValueSetFiles");

	@ArchTest
	static final ArchRule featurePackagesHaveNoCycles = slices().matching("org.secondopinion.assessment.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule criteriaReadOurRecordsNotFhirModels = noClasses().that()
		.resideInAPackage("..assessment.criteria..")
		.and(DescribedPredicate.describe("are not value-set or concept-map readers",
				(JavaClass c) -> !VALUE_SET_READERS.contains(topLevelName(c))))
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.hl7.fhir..", "ca.uhn..")
		.because("rules work on ClinicalPicture records so they read like the clinical definition and get their "
				+ "value sets through ValueSetFiles; only the readers of value-set and concept-map files, and the "
				+ "terminology client that expands them, parse FHIR");

	private static String topLevelName(JavaClass type) {
		String name = type.getName().substring(type.getName().lastIndexOf('.') + 1);
		int nested = name.indexOf('$');
		return nested < 0 ? name : name.substring(0, nested);
	}

	@ArchTest
	static final ArchRule picturesDoNotKnowAboutFlags = noClasses().that()
		.resideInAPackage("..assessment.picture..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..assessment.flags..", "..assessment.criteria..", "..assessment.intake..");

}
