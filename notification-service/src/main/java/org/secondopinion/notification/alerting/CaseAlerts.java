package org.secondopinion.notification.alerting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.secondopinion.messaging.TracePropagation;
import org.secondopinion.notification.cases.IncomingFlag;
import org.secondopinion.events.Priority;
import org.secondopinion.notification.cases.CaseAlertLog;
import org.secondopinion.notification.cases.CaseChanged;
import org.secondopinion.notification.cases.CaseManagement;
import org.secondopinion.notification.cases.CaseSummary;
import org.secondopinion.notification.cases.CasesChanged;
import org.secondopinion.notification.delivery.DeliveryQueue;
import org.secondopinion.notification.routing.CoordinatorTeams;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Alerts at once when a case is urgent and has criteria nobody was told about yet: e-mail to the assignee and the
 * team, and the team's webhook. Runs in the transaction of the case change, so the alert is queued if and only
 * if the change commits.
 */
@Component
class CaseAlerts {

	private final CaseManagement cases;

	private final CaseAlertLog log;

	private final DeliveryQueue deliveries;

	private final CoordinatorTeams teams;

	private final AlertMessages messages;

	private final QuietHours quietHours;

	private final Clock clock;

	private final TracePropagation tracing;

	CaseAlerts(CaseManagement cases, CaseAlertLog log, DeliveryQueue deliveries, CoordinatorTeams teams,
			AlertMessages messages, QuietHours quietHours, Clock clock, TracePropagation tracing) {
		this.cases = cases;
		this.log = log;
		this.deliveries = deliveries;
		this.teams = teams;
		this.messages = messages;
		this.quietHours = quietHours;
		this.clock = clock;
		this.tracing = tracing;
	}

	/** The changes of a batch of flags: only the urgent ones are read further. */
	@EventListener
	void on(CasesChanged batch) {
		batch.changes().stream().filter(CaseAlerts::mayAlert).forEach(this::on);
	}

	private static boolean mayAlert(CaseChanged change) {
		return change.priority() == Priority.URGENT
				&& (change.action().equals("opened") || change.action().equals("flag-updated"));
	}

	@EventListener
	void on(CaseChanged change) {
		if (!mayAlert(change)) {
			return;
		}
		tracing.resume(change.traceParent(), "case alert", () -> {
			alert(change);
			return null;
		});
	}

	/** Queues the alert in the current span, whose trace the delivery continues when it is sent. */
	private void alert(CaseChanged change) {
		CaseSummary c = cases.find(change.caseId()).orElseThrow();
		Set<String> announced = log.announced(c.caseId());
		List<IncomingFlag.CriterionMet> fresh = c.criteria().stream().filter(m -> !announced.contains(m.code().code())).toList();
		if (fresh.isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		log.record(c.caseId(), fresh.stream().map(m -> m.code().code()).toList(), "immediate", now);
		AlertMessages.Message message = messages.urgent(c, fresh);
		List<String> to = new ArrayList<>();
		if (c.assignee() != null) {
			teams.emailOf(c.assignee()).ifPresent(to::add);
		}
		teams.team(c.team()).ifPresent(team -> {
			if (team.email() != null && !to.contains(team.email())) {
				to.add(team.email());
			}
			if (team.webhookUrl() != null) {
				deliveries.webhook(c.caseId(), team.webhookUrl().toString(), message.webhookJson(), true, now);
			}
		});
		deliveries.email(c.caseId(), to, message.subject(), message.body(), true, quietHours.notBefore(now, true));
	}

}
