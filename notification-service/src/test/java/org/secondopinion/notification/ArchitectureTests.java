package org.secondopinion.notification;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.secondopinion.events.FlagPayload;
import org.secondopinion.events.ResourceEvents;
import org.secondopinion.testing.architecture.SqlTables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "org.secondopinion.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule featurePackagesHaveNoCycles = slices().matching("org.secondopinion.notification.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule onlyCasesRunSqlOnTheCaseTables = noClasses().that()
		.resideOutsideOfPackage("..notification.cases..")
		.should(SqlTables.nameAnyOf("care_case", "case_history", "case_alert"))
		.because("the cases package owns the case tables and states once, in CaseScope, which cases a user may see; "
				+ "other features go through CaseManagement, CaseQueries, CaseStatistics and CaseAlertLog");

	@ArchTest
	static final ArchRule worklistReportsAndAlertsKeepNoTables = noClasses().that()
		.resideInAnyPackage("..notification.web..", "..notification.reports..", "..notification.alerting..")
		.should()
		.dependOnClassesThat()
		.belongToAnyOf(JdbcClient.class, JdbcTemplate.class, NamedParameterJdbcTemplate.class)
		.because("the worklist, the live stream, the reports and the alerts read the cases through the cases package, "
				+ "in the user's CaseScope");

	/**
	 * The intended layering: cases (the case lifecycle) and the provider directory at the bottom; what reacts to a
	 * case (routing, delivery, alerting, placement, write-back), what makes one (intake) and what shows one (packet,
	 * reports) above them; a user's own preferences (saved filters) beside them; the web layer on top. The application
	 * package (settings, configuration) is used by all and uses none. A new package has to be placed here.
	 */
	@ArchTest
	static final ArchRule featurePackagesDependOnlyDownwards = layeredArchitecture().consideringOnlyDependenciesInLayers()
		.layer("application").definedBy("org.secondopinion.notification")
		.layer("cases").definedBy("org.secondopinion.notification.cases..")
		.layer("directory").definedBy("org.secondopinion.notification.directory..")
		.layer("routing").definedBy("org.secondopinion.notification.routing..")
		.layer("delivery").definedBy("org.secondopinion.notification.delivery..")
		.layer("alerting").definedBy("org.secondopinion.notification.alerting..")
		.layer("placement").definedBy("org.secondopinion.notification.placement..")
		.layer("intake").definedBy("org.secondopinion.notification.intake..")
		.layer("writeback").definedBy("org.secondopinion.notification.writeback..")
		.layer("packet").definedBy("org.secondopinion.notification.packet..")
		.layer("reports").definedBy("org.secondopinion.notification.reports..")
		.layer("preferences").definedBy("org.secondopinion.notification.preferences..")
		.layer("web").definedBy("org.secondopinion.notification.web..")
		.whereLayer("application").mayNotAccessAnyLayer()
		.whereLayer("cases").mayOnlyAccessLayers("application")
		.whereLayer("directory").mayOnlyAccessLayers("application")
		.whereLayer("routing").mayOnlyAccessLayers("cases", "application")
		.whereLayer("delivery").mayOnlyAccessLayers("cases", "application")
		.whereLayer("alerting").mayOnlyAccessLayers("routing", "delivery", "cases", "application")
		.whereLayer("placement").mayOnlyAccessLayers("directory", "routing", "cases", "application")
		.whereLayer("intake").mayOnlyAccessLayers("cases", "application")
		.whereLayer("writeback").mayOnlyAccessLayers("cases", "application")
		.whereLayer("packet").mayOnlyAccessLayers("directory", "cases", "application")
		.whereLayer("reports").mayOnlyAccessLayers("cases", "application")
		.whereLayer("preferences").mayOnlyAccessLayers("application")
		.whereLayer("web").mayOnlyAccessLayers("packet", "reports", "directory", "preferences", "cases", "application")
		.ensureAllClassesAreContainedInArchitecture();

	@ArchTest
	static final ArchRule flagEventsStayAtTheIntake = noClasses().that()
		.resideOutsideOfPackage("..notification.intake..")
		.should()
		.dependOnClassesThat()
		.belongToAnyOf(FlagPayload.class, ResourceEvents.class)
		.because("the intake reads flag events into the service's own IncomingFlag; cases, packet, alerts, placement "
				+ "and the worklist do not change when the wire format does (the vocabulary enums CriterionCode, Priority "
				+ "and FlagStatus are shared on purpose)");

	@ArchTest
	static final ArchRule hapiOnlyWhereFhirIsWritten = noClasses().that()
		.resideOutsideOfPackages("..notification.packet..", "..notification.writeback..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("ca.uhn..", "org.hl7..")
		.because("FHIR is written only in the second-opinion packet and the Task write-back; cases, routing, alerts "
				+ "and the worklist work on our own records");

}
