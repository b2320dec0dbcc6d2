package org.secondopinion.notification;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
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

}
