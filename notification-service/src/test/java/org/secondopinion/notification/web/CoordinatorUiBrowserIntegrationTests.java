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
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.EventType;
import org.secondopinion.events.FlagEvents;
import org.secondopinion.events.FlagPayload;
import org.secondopinion.events.Topics;
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
 * reload, open it, work it, print the packet; a coordinator of another facility never sees it.
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

		publish(flag("p-live", "Imani Live-Test", "North Clinic", "urgent"));

		WebElement row = browser.waiting()
			.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//tr[.//a[text()='Imani Live-Test']]")));
		assertThat(js("return window.sameDocument;")).as("the case arrived without a reload").isEqualTo("yes");
		assertThat(row.getAttribute("class")).contains("urgent");
		assertThat(row.getText()).contains("Urgent", "Major procedure planned", "North Clinic", "New");
		assertThat(browser.driver.findElement(By.id("live-status")).getText()).contains("New urgent case: Imani Live-Test");
		String caseId = row.getAttribute("data-case-id");

		row.findElement(By.linkText("Imani Live-Test")).click();
		browser.waiting().until(ExpectedConditions.urlContains("/cases/" + caseId));
		assertThat(browser.driver.findElement(By.tagName("h1")).getText()).contains("Imani Live-Test", "Urgent");
		assertThat(browser.driver.findElement(By.id("why")).findElement(By.xpath("..")).getText())
			.contains("Spinal fusion is planned.", "ServiceRequest/sr-1/_history/1");

		browser.signOutEverywhere();
		browser.signInAt(base() + "/", "coordinator-south", keycloak.passwordOf("coordinator-south"));
		browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-live", "connected"));
		assertThat(browser.driver.findElements(By.id("case-" + caseId))).isEmpty();
		assertThat(browser.driver.getPageSource()).doesNotContain("Imani Live-Test");
		browser.driver.get(base() + "/cases/" + caseId);
		assertThat(browser.driver.getPageSource()).doesNotContain("Imani Live-Test");
	}

	private Object js(String script) {
		return ((JavascriptExecutor) browser.driver).executeScript(script);
	}

	private String base() {
		return "http://127.0.0.1:" + port;
	}

	private FlagPayload flag(String patientId, String name, String facility, String priority) {
		return new FlagPayload("flag-" + ehr + "-" + patientId,
				new FlagPayload.PatientSummary(ehr, patientId, name, "1961-04-12", "MRN-" + patientId), facility, priority,
				"open",
				List.of(new FlagPayload.CriterionMet("MAJOR_PROCEDURE_PLANNED", "Spinal fusion is planned.",
						List.of(new FlagPayload.Evidence("ServiceRequest/sr-1/_history/1", "Spinal fusion")))),
				null, "test", OffsetDateTime.now(ZoneOffset.UTC));
	}

	private void publish(FlagPayload flag) {
		kafka.send(Topics.ASSESSMENT_FLAGS, FlagEvents.keyOf(flag).toString(), codec.write(FlagEvents.of(codec,
				UUID.randomUUID().toString(), EventType.FLAG_RAISED, flag, OffsetDateTime.now(ZoneOffset.UTC))))
			.join();
	}

}
