package org.secondopinion.notification.alerting;

import java.util.List;
import java.util.Locale;

import org.secondopinion.notification.cases.IncomingFlag;
import org.secondopinion.notification.cases.CaseSummary;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The words of alerts. They carry the minimum a coordinator needs to act: priority, the criteria and their
 * reasons, the facility and a link to the case; never the patient's name, birth date or record number, which
 * the worklist shows after sign-in.
 */
@Component
class AlertMessages {

	private final AlertSettings settings;

	private final JsonMapper json = JsonMapper.builder().build();

	AlertMessages(AlertSettings settings) {
		this.settings = settings;
	}

	Message urgent(CaseSummary c, List<IncomingFlag.CriterionMet> newCriteria) {
		String subject = "[Second Opinion] URGENT case for review: " + titles(newCriteria);
		String body = "An urgent case needs a second-opinion review.\n\n" + facts(c) + "Acknowledge within "
				+ hours(settings.escalationSla().toMinutes()) + "; after that it escalates to the team lead.\n\n"
				+ reasons(newCriteria) + "Open the case: " + settings.linkTo(c.id()) + "\n\n" + footer();
		return new Message(subject, body, webhook("case.urgent", c, newCriteria));
	}

	Message escalation(CaseSummary c) {
		String subject = "[Second Opinion] ESCALATED: urgent case not acknowledged in "
				+ hours(settings.escalationSla().toMinutes());
		String body = "An urgent case has not been acknowledged within "
				+ hours(settings.escalationSla().toMinutes()) + ". As team lead, please see that it is picked up.\n\n"
				+ facts(c) + reasons(c.criteria()) + "Open the case: " + settings.linkTo(c.id()) + "\n\n" + footer();
		return new Message(subject, body, webhook("case.escalated", c, c.criteria()));
	}

	Message digest(String team, List<CaseSummary> cases, long openCases) {
		StringBuilder body = new StringBuilder("New second-opinion cases for team " + team + " since the last digest: "
				+ cases.size() + ". Open cases on the worklist: " + openCases + ".\n\n");
		for (CaseSummary c : cases) {
			body.append("- ").append(c.priority().code().toUpperCase(Locale.ROOT)).append(" | ")
				.append(c.facility() == null ? "no facility" : c.facility()).append(" | ")
				.append(titles(c.criteria())).append(" | ").append(settings.linkTo(c.id())).append('\n');
		}
		body.append('\n').append(footer());
		return new Message("[Second Opinion] Daily digest: " + cases.size() + " new case(s) for " + team,
				body.toString(), "");
	}

	private static String facts(CaseSummary c) {
		return "Priority: " + c.priority().code() + "\nFacility: " + (c.facility() == null ? "-" : c.facility())
				+ "\nTeam: " + (c.team() == null ? "-" : c.team()) + "\nAssigned to: "
				+ (c.assignee() == null ? "nobody yet" : c.assignee()) + "\n\n";
	}

	private static String reasons(List<IncomingFlag.CriterionMet> criteria) {
		StringBuilder text = new StringBuilder("Why:\n");
		criteria.forEach(c -> text.append("- ").append(title(c)).append(": ").append(c.reason()).append('\n'));
		return text.append('\n').toString();
	}

	private String webhook(String event, CaseSummary c, List<IncomingFlag.CriterionMet> criteria) {
		ObjectNode root = json.createObjectNode();
		root.put("event", event);
		root.put("caseId", c.id());
		root.put("priority", c.priority().code());
		root.put("facility", c.facility());
		root.put("team", c.team());
		root.put("assignee", c.assignee());
		ArrayNode list = root.putArray("criteria");
		criteria.forEach(m -> {
			ObjectNode criterion = list.addObject().put("code", m.code().code()).put("title", title(m)).put("reason", m.reason());
			if (m.due() != null) {
				criterion.put("due", m.due().date().toString()).put("overdue", m.due().overdue());
			}
		});
		root.put("link", settings.linkTo(c.id()));
		return json.writeValueAsString(root);
	}

	private static String footer() {
		return "The patient's identity is shown in the worklist after sign-in; it is left out of this message on purpose.\n";
	}

	static String titles(List<IncomingFlag.CriterionMet> criteria) {
		return String.join(", ", criteria.stream().map(AlertMessages::title).toList());
	}

	/** The criterion's title, saying "overdue" instead of "planned" when its planned day has passed unrecorded. */
	static String title(IncomingFlag.CriterionMet criterion) {
		String title = criterion.code().label();
		if (criterion.due() == null || !criterion.due().overdue()) {
			return title;
		}
		return (title.endsWith(" planned") ? title.substring(0, title.length() - " planned".length()) : title) + " overdue";
	}

	private static String hours(long minutes) {
		return minutes % 60 == 0 ? (minutes / 60) + " hour(s)" : minutes + " minute(s)";
	}

	/** An alert's e-mail subject and body, and its webhook JSON. */
	record Message(String subject, String body, String webhookJson) {
	}

}
