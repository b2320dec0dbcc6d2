package org.secondopinion.gateway;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
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

}
