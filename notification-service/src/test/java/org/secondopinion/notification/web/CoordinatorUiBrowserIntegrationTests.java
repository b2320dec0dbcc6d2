package org.secondopinion.notification.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.CriterionCode;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.EventType;
import org.secondopinion.events.FlagEvents;
import org.secondopinion.events.FlagPayload;
import org.secondopinion.events.FlagStatus;
import org.secondopinion.events.PatientKey;
import org.secondopinion.events.Priority;
import org.secondopinion.events.ResourceEvents;
import org.secondopinion.events.Topics;
import org.secondopinion.notification.RunningAssessmentService;
import org.secondopinion.testing.TestInfrastructure;
import org.secondopinion.testing.keycloak.KeycloakServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator's day in a real headless Chromium: sign in through Keycloak, watch a new case arrive without a
 * reload, find it by name and by MRN, open it, work it, print the packet; a coordinator of another facility never
 * sees it. Every page passes axe-core without a serious or critical violation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=notification-service", "spring.kafka.consumer.group-id=notification-${random.uuid}" })
@DirtiesContext
class CoordinatorUiBrowserIntegrationTests {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "ui_browser");
		registry.add("second-opinion.notification.ui.client-secret",
				() -> KeycloakServer.shared().clientSecret("coordinator-ui"));
		RunningAssessmentService.register(registry);
	}

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	EventCodec codec;

	@Value("${local.server.port}")
	int port;

	private final KeycloakServer keycloak = KeycloakServer.shared();

	private final String ehr = "ui" + UUID.randomUUID().toString().substring(0, 8);

	private Browser browser;

	@BeforeEach
	void openBrowser() {
		browser = Browser.startOrSkip();
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void coordinatorSeesANewCaseLiveAndWorksItWhileAnotherFacilityNeverSeesIt() {
		browser.signInAt(base() + "/", "coordinator", keycloak.passwordOf("coordinator"));
		assertThat(browser.driver.findElement(By.id("signed-in-user")).getText()).isEqualTo("coordinator");
		browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-live", "connected"));
		js("window.sameDocument = 'yes';");

		record("p-live");
		specialistElsewhere();
		publish(flag("p-live", "Imani Live-Test", "North Clinic", "urgent"));

		WebElement row = browser.waiting()
			.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//tr[.//a[text()='Imani Live-Test']]")));
		assertThat(js("return window.sameDocument;")).as("the case arrived without a reload").isEqualTo("yes");
		assertThat(row.getAttribute("class")).as("highlighted, and inserted by the live stream").contains("urgent", "fresh");
		int age = java.time.Period.between(java.time.LocalDate.of(1961, 4, 12), java.time.LocalDate.now(ZoneOffset.UTC))
			.getYears();
		assertThat(row.getText()).contains("Urgent", "Major procedure planned", "New", age + " years", "Acknowledge",
				"coordinator");
		assertThat(browser.driver.findElement(By.id("live-status")).getText()).as("announced to screen readers").startsWith("New ");
		assertThat(browser.driver.findElements(By.id("filter-facility")))
			.as("a coordinator of one facility needs no facility filter nor column").isEmpty();
		String caseId = row.getAttribute("data-case-id");
		browser.screenshot("worklist");
		Axe.assertNoSeriousViolations(browser.driver, "worklist");

		search("ive-tes");
		assertThat(browser.driver.getCurrentUrl()).as("the search is kept in the URL").contains("q=ive-tes");
		assertThat(browser.driver.findElements(By.cssSelector("#worklist-rows tr.case"))).hasSize(1);
		search("mrn-p-LI");
		assertThat(browser.driver.findElement(By.id("case-" + caseId)).getText()).contains("MRN-p-live");
		search("nosuchpatient");
		browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("case-" + caseId)));
		assertThat(browser.driver.findElement(By.id("worklist-rows")).getText()).contains("No cases match");
		new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("filter-priority"))).selectByValue("urgent");
		browser.waiting().until(ExpectedConditions.urlContains("priority=urgent"));
		browser.waiting().until(driver -> driver.findElements(By.cssSelector(".htmx-request")).isEmpty());
		browser.driver.findElement(By.id("filter-name")).sendKeys("Urgent cases");
		browser.driver.findElement(By.cssSelector("#save-filter button")).click();
		browser.waiting().until(ExpectedConditions.textToBe(By.id("notice"), "Filter \u201cUrgent cases\u201d saved."));
		browser.driver.get(base() + "/");
		browser.driver.findElement(By.linkText("Urgent cases")).click();
		browser.waiting().until(ExpectedConditions.urlContains("priority=urgent"));
		assertThat(browser.driver.getCurrentUrl()).as("a saved filter keeps no search text").doesNotContain("q=");
		browser.driver.findElement(By.cssSelector("#saved-filters button")).click();
		browser.waiting().until(ExpectedConditions.textToBe(By.id("notice"), "Saved filter deleted."));
		assertThat(browser.driver.findElements(By.linkText("Urgent cases"))).isEmpty();

		browser.driver.get(base() + "/?q=imani");
		row = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("case-" + caseId)));

		row.findElement(By.linkText("Imani Live-Test")).click();
		browser.waiting().until(ExpectedConditions.urlContains("/cases/" + caseId));
		assertThat(browser.driver.findElement(By.tagName("h1")).getText()).contains("Imani Live-Test", "Urgent");
		assertThat(browser.driver.findElement(By.id("why")).findElement(By.xpath("..")).getText())
			.contains("Spinal fusion is planned.");
		assertThat(browser.driver.findElement(By.id("evidence")).getText())
			.contains("Low back pain", "ServiceRequest/sr-1/_history/1");
		assertThat(browser.driver.findElement(By.id("coverage-verdict")).getText())
			.contains("Medicare Part B covers a second opinion before non-emergency surgery");
		assertThat(browser.driver.findElement(By.id("specialists")).getText())
			.contains("Dr. Min Lee", "Riverside Spine Center").doesNotContain("North Clinic");
		browser.screenshot("case");
		Axe.assertNoSeriousViolations(browser.driver, "case");

		browser.driver.findElement(By.id("acknowledge")).click();
		browser.waiting().until(ExpectedConditions.textToBe(By.id("notice"), "Case acknowledged."));
		assertThat(browser.driver.findElement(By.id("case-status")).getText()).isEqualTo("Acknowledged");

		browser.driver.findElement(By.id("refer-specialty")).sendKeys("Orthopaedic surgery");
		browser.driver.findElement(By.id("refer-to")).sendKeys("Dr. Lee, Riverside Spine Center");
		browser.driver.findElement(By.id("refer")).click();
		browser.waiting().until(ExpectedConditions.textToBe(By.id("notice"), "Referred for a second opinion in Orthopaedic surgery."));
		assertThat(browser.driver.findElement(By.id("case-status")).getText()).isEqualTo("Referred");
		assertThat(browser.driver.findElement(By.id("case-referral")).getText())
			.isEqualTo("Orthopaedic surgery: Dr. Lee, Riverside Spine Center");
		assertThat(browser.driver.findElement(By.id("history")).getText()).contains("acknowledged by coordinator",
				"referred by coordinator");

		browser.driver.findElement(By.linkText("Dashboard")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("acceptance")));
		assertThat(browser.driver.findElement(By.id("flag-totals")).getText()).contains("Major procedure planned");
		assertThat(browser.driver.findElement(By.id("acceptance")).isDisplayed()).as("the numbers behind a disclosure")
			.isFalse();
		browser.driver.findElement(By.xpath("//summary[contains(., 'accepted and not needed')]")).click();
		List<WebElement> accepted = browser.driver.findElements(
				By.xpath("//table[@id='acceptance']//tr[td[1][text()='Major procedure planned']]/td"));
		assertThat(Integer.parseInt(accepted.get(2).getText())).as("our referral counts as accepted").isPositive();
		assertThat(accepted.get(4).getText()).endsWith("%");
		assertThat(browser.driver.findElement(By.id("main")).getText()).containsPattern("[1-9][0-9]* cases acknowledged in the period\\.");
		assertThat(browser.driver.findElements(By.cssSelector("figure.chart > div > svg"))).hasSize(3);
		browser.screenshot("dashboard");
		Axe.assertNoSeriousViolations(browser.driver, "dashboard");

		browser.driver.get(base() + "/cases/" + caseId);
		browser.driver.findElement(By.id("packet-link")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("preparing")));
		assertThat(browser.driver.findElement(By.id("packet-patient")).getText()).isEqualTo("Imani Live-Test");
		assertThat(browser.driver.findElement(By.id("concerns")).getText()).contains("Major procedure planned: Spinal fusion is planned.");
		assertThat(browser.driver.findElement(By.id("questions")).getText()).contains("Is the planned procedure necessary now?");
		assertThat(browser.driver.findElement(By.id("preparing")).getText())
			.isEqualTo("Bring all relevant records, test results, and a clear summary of your concerns.");
		assertThat(browser.driver.findElement(By.id("conditions-heading")).findElement(By.xpath("..")).getText())
			.contains("Low back pain");
		assertThat(browser.driver.findElement(By.id("print")).isDisplayed()).isTrue();
		browser.screenshot("packet");
		Axe.assertNoSeriousViolations(browser.driver, "packet");

		browser.driver.get(base() + "/?staus=new");
		assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("staus");
		Axe.assertNoSeriousViolations(browser.driver, "error");

		browser.driver.get(base() + "/");
		browser.signOut();
		// a live update the old worklist still fetches while the browser is already on Keycloak's form
		asyncJs("fetch(arguments[0], {mode: 'no-cors', credentials: 'include'}).finally(() => arguments[1]());",
				base() + "/cases/" + caseId + "/row");
		browser.signInAgain("coordinator-south", keycloak.passwordOf("coordinator-south"));
		assertThat(browser.driver.getCurrentUrl()).as("the sign-in lands on the page, not on that fetch")
			.doesNotContain("/row");
		assertThat(browser.driver.findElement(By.id("signed-in-user")).getText()).isEqualTo("coordinator-south");
		browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-live", "connected"));
		assertThat(browser.driver.findElements(By.id("case-" + caseId))).isEmpty();
		assertThat(browser.driver.getPageSource()).doesNotContain("Imani Live-Test");
		browser.driver.get(base() + "/cases/" + caseId);
		assertThat(browser.driver.getPageSource()).doesNotContain("Imani Live-Test");

		browser.driver.get(base() + "/");
		browser.signOut();
		browser.signInAgain("admin", keycloak.passwordOf("admin"));
		browser.driver.get(base() + "/admin/deliveries");
		assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Undelivered alerts");
		Axe.assertNoSeriousViolations(browser.driver, "undelivered alerts");
	}

	/** Types into the worklist's search box and waits for the rows of that search. */
	private void search(String text) {
		WebElement box = browser.driver.findElement(By.id("filter-q"));
		box.clear();
		box.sendKeys(text);
		browser.waiting().until(ExpectedConditions.urlContains("q=" + java.net.URLEncoder.encode(text,
				java.nio.charset.StandardCharsets.UTF_8)));
		browser.waiting().until(driver -> driver.findElements(By.cssSelector(".htmx-request")).isEmpty());
	}

	/** The patient's resources reach the assessment service (the packet's source): nothing it would flag. */
	private void record(String patientId) {
		PatientKey patient = new PatientKey(ehr, patientId);
		sendResource(patient, """
				{"resourceType":"Patient","id":"%s","meta":{"versionId":"1","lastUpdated":"2026-05-01T10:00:00Z"},
				 "name":[{"family":"Live-Test","given":["Imani"]}],"managingOrganization":{"display":"North Clinic"}}""".formatted(patientId));
		sendResource(patient, """
				{"resourceType":"Condition","id":"c-1","meta":{"versionId":"1","lastUpdated":"2026-05-01T10:00:00Z"},
				 "clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"active"}]},
				 "code":{"text":"Low back pain"},"subject":{"reference":"Patient/%s"}}""".formatted(patientId));
	}

	private void sendResource(PatientKey patient, String json) {
		kafka.send(Topics.EHR_RESOURCES, patient.toString(), codec.write(
				ResourceEvents.upserted(ehr, codec.mapper().readTree(json), OffsetDateTime.now(ZoneOffset.UTC))))
			.join();
	}

	private Object js(String script) {
		return ((JavascriptExecutor) browser.driver).executeScript(script);
	}

	private Object asyncJs(String script, Object... arguments) {
		return ((JavascriptExecutor) browser.driver).executeAsyncScript(script, arguments);
	}

	private String base() {
		return "http://127.0.0.1:" + port;
	}

	private FlagPayload flag(String patientId, String name, String facility, String priority) {
		return new FlagPayload("flag-" + ehr + "-" + patientId,
				new FlagPayload.PatientSummary(ehr, patientId, name, "1961-04-12", "MRN-" + patientId), facility, Priority.of(priority),
				FlagStatus.OPEN,
				List.of(new FlagPayload.CriterionMet(CriterionCode.MAJOR_PROCEDURE_PLANNED, "Spinal fusion is planned.",
						List.of(new FlagPayload.Evidence("ServiceRequest/sr-1/_history/1", "Spinal fusion"),
								new FlagPayload.Evidence("Condition/c-1/_history/1", "Low back pain")))),
				new FlagPayload.CoverageSummary("Medicare", "Part B", "active"), "test", OffsetDateTime.now(ZoneOffset.UTC));
	}

	/** An orthopaedic surgeon at another organisation, from the EHR's provider directory. */
	private void specialistElsewhere() {
		String json = """
				{"resourceType":"PractitionerRole","id":"role-lee","active":true,
				 "practitioner":{"display":"Dr. Min Lee"},"organization":{"display":"Riverside Spine Center"},
				 "specialty":[{"text":"Orthopaedic surgery"}]}""";
		kafka.send(Topics.EHR_DIRECTORY, ehr + "/PractitionerRole/role-lee", codec.write(CloudEvent.of(
				ehr + "/PractitionerRole/role-lee/_history/1", "/fhir-gateway/" + ehr, EventType.RESOURCE_UPSERTED,
				"PractitionerRole/role-lee", OffsetDateTime.now(ZoneOffset.UTC), codec.mapper().readTree(json))))
			.join();
	}

	private void publish(FlagPayload flag) {
		kafka.send(Topics.ASSESSMENT_FLAGS, FlagEvents.keyOf(flag).toString(), codec.write(FlagEvents.of(codec,
				UUID.randomUUID().toString(), EventType.FLAG_RAISED, flag, OffsetDateTime.now(ZoneOffset.UTC))))
			.join();
	}

}
