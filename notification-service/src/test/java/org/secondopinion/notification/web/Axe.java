package org.secondopinion.notification.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The axe-core accessibility engine, from the {@code org.webjars.npm:axe-core} test dependency (never served by the
 * application), injected into the page the browser shows: a page passes when axe finds no serious or critical
 * violation. Each violation found is printed with the elements it concerns.
 */
final class Axe {

	/** The WebJar's own record of its version, which names the folder {@code axe.min.js} is in. */
	private static final String POM = "META-INF/maven/org.webjars.npm/axe-core/pom.properties";

	private static final String RUN = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { resultTypes: ['violations'] })
			  .then(result => done(result.violations
			    .filter(v => v.impact === 'serious' || v.impact === 'critical')
			    .map(v => ({ id: v.id, impact: v.impact, help: v.help,
			      nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + n.failureSummary) }))))
			  .catch(error => done([{ id: 'axe-error', impact: 'critical', help: String(error), nodes: [] }]));
			""";

	private static String source;

	private Axe() {
	}

	/** Runs axe on the page the driver shows and fails, listing them, on serious or critical violations. */
	@SuppressWarnings("unchecked")
	static void assertNoSeriousViolations(WebDriver driver, String page) {
		List<Map<String, Object>> violations = seriousViolations(driver);
		StringBuilder report = new StringBuilder();
		for (Map<String, Object> violation : violations) {
			report.append("\n  [").append(violation.get("impact")).append("] ").append(violation.get("id")).append(": ")
				.append(violation.get("help"));
			for (Object node : (List<Object>) violation.get("nodes")) {
				report.append("\n      ").append(String.valueOf(node).replace("\n", " "));
			}
		}
		if (!violations.isEmpty()) {
			System.out.println("axe on the " + page + " page:" + report);
		}
		assertThat(violations).as("serious or critical accessibility violations on the %s page:%s", page, report)
			.isEmpty();
	}

	/** The serious and critical violations axe finds on the page the driver shows: id, impact, help, nodes. */
	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> seriousViolations(WebDriver driver) {
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript(source());
		return (List<Map<String, Object>>) js.executeAsyncScript(RUN);
	}

	private static synchronized String source() {
		if (source == null) {
			ClassLoader loader = Axe.class.getClassLoader();
			try (InputStream pom = loader.getResourceAsStream(POM)) {
				assertThat(pom).as("the axe-core WebJar on the test class path").isNotNull();
				java.util.Properties properties = new java.util.Properties();
				properties.load(pom);
				String resource = "META-INF/resources/webjars/axe-core/" + properties.getProperty("version") + "/axe.min.js";
				try (InputStream in = loader.getResourceAsStream(resource)) {
					assertThat(in).as("axe.min.js at %s", resource).isNotNull();
					source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return source;
	}

}
