package org.secondopinion.assessment.cds;

import org.secondopinion.assessment.criteria.MetCriterion;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.secondopinion.events.PatientRef;
import org.secondopinion.events.Priority;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/** Writes the cards: what is met, why, on which evidence, and where the case is worked. */
@Component
class Cards {

	static final String OVERRIDE_SYSTEM = "https://secondopinion.org/fhir/CodeSystem/cds-override-reason";

	static final List<Card.Coding> OVERRIDE_REASONS = List.of(
			new Card.Coding(OVERRIDE_SYSTEM, "second-opinion-on-record", "A second opinion is already on record"),
			new Card.Coding(OVERRIDE_SYSTEM, "patient-declined", "The patient declined a second opinion"),
			new Card.Coding(OVERRIDE_SYSTEM, "not-applicable", "Does not apply to this patient"),
			new Card.Coding(OVERRIDE_SYSTEM, "no-time", "Care is too urgent to wait for a second opinion"));

	private static final String SOURCE_LABEL = "Second Opinion";

	private static final java.util.regex.Pattern MARKDOWN = java.util.regex.Pattern.compile("([\\\\`*_\\[\\]<>#|])");

	private final CdsSettings settings;

	private final ObjectMapper json;

	Cards(CdsSettings settings, ObjectMapper json) {
		this.settings = settings;
		this.json = json;
	}

	/** The patient-view card of what the patient's record meets; indicator by priority. */
	Card patientView(PatientRef patient, Priority priority, List<MetCriterion> criteria) {
		String summary = summary("Second opinion may be warranted: ",
				criteria.stream().map(c -> c.code().label().toLowerCase(java.util.Locale.ROOT)).toList());
		return new Card(UUID.randomUUID().toString(), summary, detail(criteria, priority), indicator(priority),
				source(), List.of(), null, OVERRIDE_REASONS, List.of(caseLink(patient)));
	}

	/** The order-sign warning about the draft orders behind the findings, suggesting a second-opinion referral. */
	Card orderSign(PatientRef patient, List<MetCriterion> findings, List<String> orderNames,
			List<String> orderReferences) {
		String summary = summary("Consider a second opinion before signing: ", orderNames);
		Card.Suggestion referral = new Card.Suggestion("Propose a second-opinion referral",
				UUID.randomUUID().toString(), true, List.of(new Card.Action("create",
						"Draft a referral for a second opinion on this order", referral(patient, orderReferences))));
		return new Card(UUID.randomUUID().toString(), summary, detail(findings, null), "warning", source(),
				List.of(referral), "at-most-one", OVERRIDE_REASONS, List.of(caseLink(patient)));
	}

	static String indicator(Priority priority) {
		return switch (priority) {
			case URGENT -> "critical";
			case HIGH -> "warning";
			case ROUTINE -> "info";
		};
	}

	private static String summary(String lead, List<String> items) {
		String summary = lead + String.join(", ", items);
		return summary.length() <= Card.MAX_SUMMARY ? summary : summary.substring(0, Card.MAX_SUMMARY - 1) + "…";
	}

	private static String detail(List<MetCriterion> criteria, @org.jspecify.annotations.Nullable Priority priority) {
		StringBuilder detail = new StringBuilder();
		for (MetCriterion criterion : criteria) {
			detail.append("**").append(criterion.code().label()).append("** (`").append(criterion.code().code())
				.append("`): ").append(escape(criterion.reason())).append("\n\n");
			if (!criterion.evidence().isEmpty()) {
				detail.append("Evidence:\n");
				criterion.evidence().forEach(e -> detail.append("- `").append(e.reference()).append('`')
					.append(e.display() == null ? "" : " " + escape(e.display())).append('\n'));
				detail.append('\n');
			}
		}
		if (priority != null) {
			detail.append("Priority: ").append(priority.code()).append('.');
		}
		return detail.toString().strip();
	}

	private static String escape(String text) {
		return MARKDOWN.matcher(text).replaceAll("\\\\$1");
	}

	private Card.Source source() {
		return new Card.Source(SOURCE_LABEL, settings.sourceUrl(), null);
	}

	private Card.Link caseLink(PatientRef patient) {
		String url = settings.caseLink()
			.replace("{ehrId}", URLEncoder.encode(patient.ehrId(), StandardCharsets.UTF_8))
			.replace("{patientId}", URLEncoder.encode(patient.patientId(), StandardCharsets.UTF_8));
		return new Card.Link("Open the case in the second-opinion worklist", url, "absolute");
	}

	private ObjectNode referral(PatientRef patient, List<String> orderReferences) {
		ObjectNode request = json.createObjectNode();
		request.put("resourceType", "ServiceRequest");
		request.put("status", "draft");
		request.put("intent", "proposal");
		request.putObject("code").put("text", "Referral for a second opinion");
		request.putArray("reasonCode")
			.addObject()
			.putArray("coding")
			.addObject()
			.put("system", "http://terminology.hl7.org/CodeSystem/v2-0336")
			.put("code", "S")
			.put("display", "Second Opinion");
		request.putObject("subject").put("reference", patient.reference());
		orderReferences.forEach(r -> request.withArray("reasonReference").addObject().put("reference", r));
		return request;
	}

}
