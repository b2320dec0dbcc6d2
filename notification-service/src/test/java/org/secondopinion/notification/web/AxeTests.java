package org.secondopinion.notification.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The accessibility check the browser tests run finds what it should, so that a clean page means something. */
class AxeTests {

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
	void reportsAnUnlabelledFieldAndAnImageWithoutTextAsSeriousAndPassesTheirFixedPage() {
		browser.driver.get("data:text/html,<!DOCTYPE html><html lang=\"en\"><head><title>Bad</title></head><body><main>"
				+ "<h1>Bad</h1><img src=\"data:,\"><input type=\"text\"></main></body></html>");

		List<Map<String, Object>> violations = Axe.seriousViolations(browser.driver);
		assertThat(violations).extracting(v -> v.get("id")).contains("image-alt", "label");
		assertThatThrownBy(() -> Axe.assertNoSeriousViolations(browser.driver, "bad"))
			.hasMessageContaining("image-alt").hasMessageContaining("img");

		browser.driver.get("data:text/html,<!DOCTYPE html><html lang=\"en\"><head><title>Good</title></head><body><main>"
				+ "<h1>Good</h1><img src=\"data:,\" alt=\"Logo\"><label for=\"f\">Name</label><input id=\"f\" type=\"text\">"
				+ "</main></body></html>");
		Axe.assertNoSeriousViolations(browser.driver, "good");
	}

}
