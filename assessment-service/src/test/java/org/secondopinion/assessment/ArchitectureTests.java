package org.secondopinion.assessment;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.secondopinion.events.FlagPayload;
import org.secondopinion.events.PatientKey;
import org.secondopinion.events.ResourceEvents;
import org.secondopinion.testing.architecture.SqlTables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
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

	/**
	 * The events stay at the edges: intake reads {@code ehr.resources.v1} events into the picture, and
	 * {@code FlagPayloads} alone translates a flag into the wire records of {@code flag.*} events (the outbox, and
	 * the same shape stored in the flag tables). The picture, the criteria, the flag lifecycle and the flag API (its
	 * own response records), CDS Hooks, the FHIR views and the record work on the service's own records.
	 */
	@ArchTest
	static final ArchRule wireRecordsStayAtTheEdges = noClasses().that()
		.resideOutsideOfPackage("..assessment.intake..")
		.and(DescribedPredicate.describe("are not the flag event's translator",
				(JavaClass c) -> !c.getName().replaceFirst("\\$.*", "").equals("org.secondopinion.assessment.flags.FlagPayloads")))
		.should()
		.dependOnClassesThat()
		.belongToAnyOf(FlagPayload.class, ResourceEvents.class)
		.because("events are translated where they enter (intake) and leave (FlagPayloads, for the flag outbox); "
				+ "the criteria, flags, the flag API, CDS cards and FHIR views do not change when the wire format "
				+ "does (the vocabulary CriterionCode, Priority, FlagStatus and the PatientRef/PatientKey ids are "
				+ "shared on purpose)");

	/** The classes that read or write a Kafka key: the resource-event listener and the flag lifecycle's outbox. */
	private static final Set<String> KAFKA_KEY_EDGE = Set.of(
			"org.secondopinion.assessment.intake.ResourceEventListener",
			"org.secondopinion.assessment.flags.FlagLifecycle");

	@ArchTest
	static final ArchRule patientKeysOnlyWhereKafkaKeysAre = noClasses().that(DescribedPredicate.describe(
			"do not read or write a Kafka key", (JavaClass c) -> !KAFKA_KEY_EDGE.contains(c.getName().replaceFirst("\\$.*", ""))))
		.should()
		.dependOnClassesThat()
		.belongToAnyOf(PatientKey.class)
		.because("inside the service a patient is a PatientRef (and an EHR an EhrId); PatientKey is the Kafka key form, "
				+ "parsed where a resource event is read and written where a flag event goes to the outbox");

	private static String topLevelName(JavaClass type) {
		String name = type.getName().substring(type.getName().lastIndexOf('.') + 1);
		int nested = name.indexOf('$');
		return nested < 0 ? name : name.substring(0, nested);
	}

	/**
	 * The intended layering: the picture (our records of the patient's FHIR resources) at the bottom, the criteria
	 * on the picture, the flag lifecycle on the criteria; intake (events in, re-assessment) and the CDS Hooks
	 * services drive the flags, the FHIR views read them and the cards; the record view reads the picture. The
	 * application package (settings, the one FhirContext) is used by all and uses none. A new package has to be
	 * placed here.
	 */
	@ArchTest
	static final ArchRule featurePackagesDependOnlyDownwards = layeredArchitecture().consideringOnlyDependenciesInLayers()
		.layer("application").definedBy("org.secondopinion.assessment")
		.layer("picture").definedBy("org.secondopinion.assessment.picture..")
		.layer("criteria").definedBy("org.secondopinion.assessment.criteria..")
		.layer("flags").definedBy("org.secondopinion.assessment.flags..")
		.layer("intake").definedBy("org.secondopinion.assessment.intake..")
		.layer("cds").definedBy("org.secondopinion.assessment.cds..")
		.layer("fhir").definedBy("org.secondopinion.assessment.fhir..")
		.layer("record").definedBy("org.secondopinion.assessment.record..")
		.whereLayer("application").mayNotAccessAnyLayer()
		.whereLayer("picture").mayOnlyAccessLayers("application")
		.whereLayer("criteria").mayOnlyAccessLayers("picture", "application")
		.whereLayer("flags").mayOnlyAccessLayers("criteria", "picture", "application")
		.whereLayer("intake").mayOnlyAccessLayers("flags", "criteria", "picture", "application")
		.whereLayer("cds").mayOnlyAccessLayers("flags", "criteria", "picture", "application")
		.whereLayer("fhir").mayOnlyAccessLayers("cds", "flags", "criteria", "picture", "application")
		.whereLayer("record").mayOnlyAccessLayers("picture", "application")
		.ensureAllClassesAreContainedInArchitecture();

	@ArchTest
	static final ArchRule hapiOnlyWhereFhirIsParsedOrServed = noClasses().that()
		.resideOutsideOfPackages("org.secondopinion.assessment", "..assessment.picture..", "..assessment.cds..",
				"..assessment.fhir..", "..assessment.record..", "..assessment.criteria..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("ca.uhn..", "org.hl7..")
		.because("HAPI FHIR stays at the edges: the picture reads stored resources into our records, the CDS Hooks "
				+ "services read prefetch and FHIR searches, the FHIR and record views write FHIR; intake and the "
				+ "flag lifecycle work on events and records (in criteria only the value-set readers, see above)");

	@ArchTest
	static final ArchRule picturesDoNotKnowAboutFlags = noClasses().that()
		.resideInAPackage("..assessment.picture..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..assessment.flags..", "..assessment.criteria..", "..assessment.intake..");

	@ArchTest
	static final ArchRule onlyThePictureRunsSqlOnStoredResources = noClasses().that()
		.resideOutsideOfPackage("..assessment.picture..")
		.should(SqlTables.nameAnyOf("patient_resource"))
		.because("the picture package owns the stored resources and the rule that an older version never wins; "
				+ "other features read them through PictureStore");

	@ArchTest
	static final ArchRule theRecordKeepsNoTables = noClasses().that()
		.resideInAPackage("..assessment.record..")
		.should()
		.dependOnClassesThat()
		.belongToAnyOf(JdbcClient.class, JdbcTemplate.class, NamedParameterJdbcTemplate.class)
		.because("the patient record is assembled from the resources PictureStore keeps");

}
