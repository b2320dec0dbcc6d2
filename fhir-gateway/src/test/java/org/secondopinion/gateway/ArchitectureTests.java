package org.secondopinion.gateway;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "org.secondopinion.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule featurePackagesHaveNoCycles = slices().matching("org.secondopinion.gateway.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule onlyTheEhrPackageCallsTheEhr = noClasses().that()
		.resideOutsideOfPackage("..gateway.ehr..")
		.should()
		.callMethod(HttpClient.class, "send", HttpRequest.class, HttpResponse.BodyHandler.class)
		.because("all HTTP to EHRs goes through EhrClient, which retries and limits sizes");

	/**
	 * The intended layering, each feature package above the ones it uses: the EHR connection and the leases shared
	 * by gateway instances at the bottom, ingest
	 * (check, publish, record) on it, the three ways in on ingest, the operators' views on top; write-back needs only
	 * the EHR connection. The application package (settings, the one FhirContext) is used by all and uses none. A
	 * new package has to be placed here.
	 */
	@ArchTest
	static final ArchRule featurePackagesDependOnlyDownwards = layeredArchitecture().consideringOnlyDependenciesInLayers()
		.layer("application").definedBy("org.secondopinion.gateway")
		.layer("ehr").definedBy("org.secondopinion.gateway.ehr..")
		.layer("lease").definedBy("org.secondopinion.gateway.lease..")
		.layer("ingest").definedBy("org.secondopinion.gateway.ingest..")
		.layer("sync").definedBy("org.secondopinion.gateway.sync..")
		.layer("backfill").definedBy("org.secondopinion.gateway.backfill..")
		.layer("push").definedBy("org.secondopinion.gateway.push..")
		.layer("writeback").definedBy("org.secondopinion.gateway.writeback..")
		.layer("operations").definedBy("org.secondopinion.gateway.operations..")
		.whereLayer("application").mayNotAccessAnyLayer()
		.whereLayer("ehr").mayOnlyAccessLayers("application")
		.whereLayer("lease").mayOnlyAccessLayers("application")
		.whereLayer("ingest").mayOnlyAccessLayers("ehr", "application")
		.whereLayer("sync").mayOnlyAccessLayers("lease", "ingest", "ehr", "application")
		.whereLayer("backfill").mayOnlyAccessLayers("sync", "lease", "ingest", "ehr", "application")
		.whereLayer("push").mayOnlyAccessLayers("sync", "lease", "ingest", "ehr", "application")
		.whereLayer("writeback").mayOnlyAccessLayers("ehr", "application")
		.whereLayer("operations").mayOnlyAccessLayers("backfill", "sync", "ingest", "ehr", "application")
		.ensureAllClassesAreContainedInArchitecture();

	@ArchTest
	static final ArchRule hapiOnlyWhereFhirIsParsedOrSent = noClasses().that()
		.resideOutsideOfPackages("org.secondopinion.gateway", "..gateway.ehr..", "..gateway.ingest..",
				"..gateway.writeback..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("ca.uhn..", "org.hl7..")
		.because("HAPI FHIR stays at the edges: the EHR client, the checks of resources before they are published "
				+ "and the Task write-back; sync, backfill, push and the operators' views pass resources on as bytes");

}
