package org.secondopinion.notification.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case page in a real headless Chromium: who to call and how, who ordered the procedure, when it is planned
 * for, referring to a suggested specialist with a note, assigning from the team, and logging calls.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=notification-service", "spring.kafka.consumer.group-id=notification-${random.uuid}" })
@DirtiesContext
class CasePageBrowserIntegrationTests {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "case_page_browser");
		registry.add("second-opinion.notification.ui.client-secret",
				() -> KeycloakServer.shared().clientSecret("coordinator-ui"));
		RunningAssessmentService.register(registry);
	}

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	EventCodec codec;

	@Autowired
	JdbcClient jdbc;

	@Value("${local.server.port}")
	int port;

	private final String ehr = "cp" + UUID.randomUUID().toString().substring(0, 8);

	private final LocalDate surgery = LocalDate.now(ZoneOffset.UTC).plusDays(12);

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
	void coordinatorSeesWhoToCallAndWhenThenRefersToASuggestedSpecialistAssignsAndLogsCalls() {
		record("p-1");
		directory();
		publish(flag("p-1"));
		String caseId = theCase();
		String page = base() + "/cases/" + caseId;

		try {
			browser.signInAt(base() + "/", "coordinator", KeycloakServer.shared().passwordOf("coordinator"));
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			throw new AssertionError("Not signed in; at " + browser.driver.getCurrentUrl() + ": "
					+ browser.driver.findElement(By.tagName("body")).getText(), ex);
		}
		try {
			new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(120)).until(driver -> {
				driver.get(page);
				return !driver.findElements(By.id("contact")).isEmpty() && !driver.findElements(By.id("clinicians")).isEmpty()
						&& !driver.findElements(By.id("specialists")).isEmpty();
			});
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			throw new AssertionError("The case page never showed contact, clinicians and specialists: "
					+ browser.driver.findElement(By.tagName("body")).getText(), ex);
		}

		assertThat(text("contact")).contains("555-0100 (mobile)", "rosa@example.org", "12 Elm St, Springfield IL 62701")
			.contains("Spanish");
		assertThat(text("clinicians")).contains("Ordered Spinal fusion:", "Dr. Ana Ruiz", "Orthopaedic surgery", "555-0101");
		assertThat(text("why")).isEqualTo("Why a second opinion may help");
		assertThat(browser.driver.findElement(By.id("why")).findElement(By.xpath("..")).getText())
			.as("the flag's due day, or the planned day of its evidence (the real assessment service flags the order too)")
			.containsPattern("(Due|Planned for) " + DAY.format(surgery) + " — in 12 days");
		assertThat(text("evidence")).contains("Spinal fusion — order, planned for " + DAY.format(surgery), "(in 12 days)")
			.doesNotContain("2026-10-01");
		assertThat(browser.driver.findElements(By.cssSelector("#evidence code.reference"))).extracting(WebElement::getText)
			.allMatch(reference -> reference.startsWith("ServiceRequest/sr-1"));
		assertThat(text("coverage-verdict")).startsWith("No coverage recorded");
		assertThat(text("history")).contains("Case opened by system: Major procedure planned");
		assertThat(text("specialists")).contains("Dr. Min Lee", "+1 555 0199", "1 River Rd, Riverside CA 92501")
			.doesNotContain("Dr. Ana Ruiz");
		browser.screenshot("case-page");

		browser.driver.findElement(By.id("acknowledge")).click();
		browser.waiting().until(ExpectedConditions.textToBe(By.id("notice"), "Case acknowledged."));

		Select assignee = new Select(browser.driver.findElement(By.id("assignee")));
		assertThat(assignee.getOptions()).extracting(WebElement::getText).containsExactly("Choose…", "coordinator");
		js("const o = document.createElement('option'); o.value = 'mallory'; o.text = 'mallory';"
				+ "document.getElementById('assignee').add(o);");
		assignee.selectByValue("mallory");
		browser.driver.findElement(By.id("assign")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("error")));
		assertThat(text("error")).isEqualTo("'mallory' is not a coordinator of team 'north'");
		new Select(browser.driver.findElement(By.id("assignee"))).selectByValue("coordinator");
		browser.driver.findElement(By.id("assign")).click();
		browser.waiting().until(ExpectedConditions.textToBe(By.id("notice"), "Case assigned to coordinator."));
		assertThat(text("case-assignee")).isEqualTo("coordinator");

		browser.driver.findElement(By.cssSelector("#specialists a.refer-to[data-specialist='PractitionerRole/role-lee']")).click();
		browser.waiting().until(ExpectedConditions.urlContains("refer=PractitionerRole/role-lee"));
		assertThat(text("refer-chosen")).isEqualTo("Referring to Dr. Min Lee, Riverside Spine Center.");
		assertThat(browser.driver.findElement(By.id("refer-specialty")).getAttribute("value")).isEqualTo("Orthopaedic surgery");
		assertThat(browser.driver.findElement(By.id("refer-to")).getAttribute("value")).isEqualTo("Dr. Min Lee, Riverside Spine Center");
		browser.driver.findElement(By.id("refer-note")).sendKeys("Patient prefers mornings; imaging is on CD.");
		browser.driver.findElement(By.id("refer")).click();
		browser.waiting().until(ExpectedConditions.textToBe(By.id("notice"), "Referred for a second opinion in Orthopaedic surgery."));
		assertThat(text("referral-panel")).contains("Dr. Min Lee, Riverside Spine Center", "PractitionerRole/role-lee",
				"Patient prefers mornings; imaging is on CD.");
		assertThat(text("history")).contains("Case referred by coordinator: Orthopaedic surgery: Dr. Min Lee, Riverside Spine Center",
				"note: Patient prefers mornings; imaging is on CD.");
		assertThat(jdbc.sql("select referral ->> 'specialist' from care_case where id = cast(? as uuid)").param(caseId)
			.query(String.class).single()).isEqualTo("PractitionerRole/role-lee");

		logOutreach("no-answer", "Try again after 3 pm.");
		logOutreach("scheduled", null);
		List<WebElement> calls = browser.driver.findElements(By.cssSelector("#outreach li"));
		assertThat(calls).hasSize(2);
		assertThat(calls.get(0).getText()).contains("Second-opinion visit scheduled by coordinator");
		assertThat(calls.get(1).getText()).contains("Called, no answer by coordinator: Try again after 3 pm.");
		assertThat(text("history")).contains("Patient outreach logged by coordinator: Called, no answer");
		browser.screenshot("case-page-worked");
	}

	private void logOutreach(String outcome, String note) {
		new Select(browser.driver.findElement(By.id("outreach-outcome"))).selectByValue(outcome);
		if (note != null) {
			browser.driver.findElement(By.id("outreach-note")).sendKeys(note);
		}
		browser.driver.findElement(By.id("log-outreach")).click();
		browser.waiting().until(ExpectedConditions.textMatches(By.id("notice"), java.util.regex.Pattern.compile("^Outreach logged: .*")));
	}

	private String text(String id) {
		return browser.driver.findElement(By.id(id)).getText();
	}

	private Object js(String script) {
		return ((JavascriptExecutor) browser.driver).executeScript(script);
	}

	private String base() {
		return "http://127.0.0.1:" + port;
	}

	private String theCase() {
		return browser.waiting().until(driver -> jdbc.sql("select id::text from care_case where ehr_id = ?").param(ehr)
			.query(String.class).optional().orElse(null));
	}

	/** The patient with contact details, and the order of their spinal fusion (text only: nothing the rules flag). */
	private void record(String patientId) {
		PatientKey patient = new PatientKey(ehr, patientId);
		sendResource(patient, """
				{"resourceType":"Patient","id":"%s","meta":{"versionId":"1","lastUpdated":"2026-05-01T10:00:00Z"},
				 "name":[{"family":"Diaz","given":["Rosa"]}],
				 "telecom":[{"system":"phone","value":"555-0100","use":"mobile"},{"system":"email","value":"rosa@example.org"}],
				 "address":[{"use":"home","line":["12 Elm St"],"city":"Springfield","state":"IL","postalCode":"62701"}],
				 "communication":[{"language":{"coding":[{"system":"urn:ietf:bcp:47","code":"es"}]},"preferred":true}],
				 "managingOrganization":{"display":"North Clinic"}}"""
			.formatted(patientId));
		sendResource(patient, """
				{"resourceType":"ServiceRequest","id":"sr-1","meta":{"versionId":"1","lastUpdated":"2026-05-01T10:00:00Z"},
				 "status":"active","intent":"order","code":{"text":"Spinal fusion"},"subject":{"reference":"Patient/%s"},
				 "authoredOn":"2026-10-01","occurrenceDateTime":"%s","requester":{"reference":"Practitioner/pr-ruiz"}}"""
			.formatted(patientId, surgery));
	}

	/** The ordering surgeon at the patient's own clinic, and an orthopaedic surgeon at another organisation. */
	private void directory() {
		directoryResource("Practitioner", "pr-ruiz", """
				{"resourceType":"Practitioner","id":"pr-ruiz","name":[{"prefix":["Dr."],"given":["Ana"],"family":"Ruiz"}]}""");
		directoryResource("PractitionerRole", "role-ruiz", """
				{"resourceType":"PractitionerRole","id":"role-ruiz","active":true,"practitioner":{"reference":"Practitioner/pr-ruiz"},
				 "organization":{"display":"North Clinic"},"specialty":[{"text":"Orthopaedic surgery"}],
				 "telecom":[{"system":"phone","value":"555-0101"}]}""");
		directoryResource("Organization", "org-river", """
				{"resourceType":"Organization","id":"org-river","name":"Riverside Spine Center",
				 "address":[{"line":["1 River Rd"],"city":"Riverside","state":"CA","postalCode":"92501"}]}""");
		directoryResource("PractitionerRole", "role-lee", """
				{"resourceType":"PractitionerRole","id":"role-lee","active":true,
				 "practitioner":{"display":"Dr. Min Lee"},"organization":{"reference":"Organization/org-river"},
				 "specialty":[{"text":"Orthopaedic surgery"}],"telecom":[{"system":"phone","value":"+1 555 0199"}]}""");
	}

	private void directoryResource(String type, String id, String json) {
		String key = ehr + "/" + type + "/" + id;
		kafka.send(Topics.EHR_DIRECTORY, key, codec.write(CloudEvent.of(key + "/_history/1", "/fhir-gateway/" + ehr,
				EventType.RESOURCE_UPSERTED, type + "/" + id, OffsetDateTime.now(ZoneOffset.UTC), codec.mapper().readTree(json))))
			.join();
	}

	private void sendResource(PatientKey patient, String json) {
		kafka.send(Topics.EHR_RESOURCES, patient.toString(), codec.write(
				ResourceEvents.upserted(ehr, codec.mapper().readTree(json), OffsetDateTime.now(ZoneOffset.UTC))))
			.join();
	}

	private FlagPayload flag(String patientId) {
		return new FlagPayload("flag-" + ehr + "-" + patientId,
				new FlagPayload.PatientSummary(ehr, patientId, "Rosa Diaz", "1961-04-12", "MRN-" + patientId), "North Clinic",
				Priority.ROUTINE, FlagStatus.OPEN,
				List.of(new FlagPayload.CriterionMet(CriterionCode.MAJOR_PROCEDURE_PLANNED, "Spinal fusion is planned.",
						List.of(new FlagPayload.Evidence("ServiceRequest/sr-1/_history/1", "Spinal fusion")))),
				null, "test", OffsetDateTime.now(ZoneOffset.UTC));
	}

	private void publish(FlagPayload flag) {
		kafka.send(Topics.ASSESSMENT_FLAGS, FlagEvents.keyOf(flag).toString(), codec.write(FlagEvents.of(codec,
				UUID.randomUUID().toString(), EventType.FLAG_RAISED, flag, OffsetDateTime.now(ZoneOffset.UTC))))
			.join();
	}

}
