package org.secondopinion.notification.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.CriterionCode;
import org.secondopinion.events.Priority;
import org.secondopinion.notification.cases.CaseEvent;

/**
 * A case's history as coordinators read it: actions in words ("Case acknowledged", "Review started"), criterion
 * codes by their names, statuses, outcomes and close reasons by their labels.
 */
final class HistoryLines {

	private static final Map<String, String> ACTIONS = Map.ofEntries(Map.entry("opened", "Case opened"),
			Map.entry("acknowledged", "Case acknowledged"), Map.entry("in-review", "Review started"),
			Map.entry("assigned", "Case assigned"), Map.entry("referred", "Case referred"),
			Map.entry("closed", "Case closed"), Map.entry("escalated", "Escalated to the team lead"),
			Map.entry("flag-updated", "Flag updated"), Map.entry("flag-resolved", "Flag resolved in the EHR"),
			Map.entry("placed", "Case placed"), Map.entry("outreach", "Patient outreach logged"));

	private static final Pattern CRITERION = Pattern.compile("([+-]?)\\b([A-Z][A-Z_]+[A-Z])\\b");

	private static final Pattern PRIORITY = Pattern.compile("priority (\\w+) -> (\\w+)");

	private static final Pattern CLOSURE = Pattern.compile("^([a-z-]+): ([\\w.-]+)$");

	private HistoryLines() {
	}

	/** One entry: when, what in words, who, and the detail in words. */
	record Line(Instant at, String action, String actor, @Nullable String detail) {
	}

	static List<Line> of(List<CaseEvent> history, Map<String, Map<String, String>> closeReasons) {
		Labels labels = new Labels();
		return history.stream()
			.map(event -> new Line(event.at(), ACTIONS.getOrDefault(event.action(), event.action().replace('-', ' ')),
					event.actor(), event.detail() == null ? null : detail(event, closeReasons, labels)))
			.toList();
	}

	private static String detail(CaseEvent event, Map<String, Map<String, String>> closeReasons, Labels labels) {
		String detail = event.detail();
		if (event.action().equals("closed")) {
			Matcher closure = CLOSURE.matcher(detail);
			if (closure.matches()) {
				String reason = closeReasons.getOrDefault(closure.group(1), Map.of()).getOrDefault(closure.group(2), closure.group(2));
				return labels.outcome(closure.group(1)) + ": " + reason;
			}
		}
		Matcher priority = PRIORITY.matcher(detail);
		detail = priority.replaceAll(m -> Matcher.quoteReplacement(
				"priority " + label(m.group(1)) + " → " + label(m.group(2))));
		return CRITERION.matcher(detail).replaceAll(m -> {
			if (!CriterionCode.isKnown(m.group(2))) {
				return Matcher.quoteReplacement(m.group());
			}
			String name = CriterionCode.of(m.group(2)).label();
			return Matcher.quoteReplacement(switch (m.group(1)) {
				case "+" -> "added: " + name;
				case "-" -> "removed: " + name;
				default -> name;
			});
		});
	}

	private static String label(String priority) {
		for (Priority p : Priority.values()) {
			if (p.code().equals(priority)) {
				return p.label();
			}
		}
		return priority;
	}

}
