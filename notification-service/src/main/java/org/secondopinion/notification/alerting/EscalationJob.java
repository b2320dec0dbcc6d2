package org.secondopinion.notification.alerting;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.secondopinion.notification.cases.CaseAlertLog;
import org.secondopinion.notification.cases.CaseId;
import org.secondopinion.notification.cases.CaseManagement;
import org.secondopinion.notification.cases.CaseSummary;
import org.secondopinion.notification.delivery.DeliveryQueue;
import org.secondopinion.notification.routing.CoordinatorTeams;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Escalates urgent cases nobody acknowledged within the SLA to their team lead, once per case. */
@Component
public class EscalationJob {

	private final CaseAlertLog log;

	private final CaseManagement cases;

	private final DeliveryQueue deliveries;

	private final CoordinatorTeams teams;

	private final AlertMessages messages;

	private final QuietHours quietHours;

	private final AlertSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	EscalationJob(CaseAlertLog log, CaseManagement cases, DeliveryQueue deliveries, CoordinatorTeams teams,
			AlertMessages messages, QuietHours quietHours, AlertSettings settings, TransactionTemplate transactions,
			Clock clock) {
		this.log = log;
		this.cases = cases;
		this.deliveries = deliveries;
		this.teams = teams;
		this.messages = messages;
		this.quietHours = quietHours;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${second-opinion.notification.alerting.escalation-check-interval}")
	void poll() {
		escalateOverdue();
	}

	/**
	 * Escalates every overdue urgent case, as of the clock's now.
	 * @return the cases escalated
	 */
	public List<CaseId> escalateOverdue() {
		Instant now = clock.instant();
		return log.overdueUrgent(now.minus(settings.escalationSla()))
			.stream()
			.filter(id -> Boolean.TRUE.equals(transactions.execute(status -> escalate(id, now))))
			.toList();
	}

	private boolean escalate(CaseId id, Instant now) {
		CaseSummary c = cases.find(id).orElseThrow();
		var team = teams.team(c.team());
		String lead = team.map(t -> t.lead()).orElse("no team lead");
		if (!cases.escalate(id, "not acknowledged within " + settings.escalationSla() + "; alerted " + lead)) {
			return false;
		}
		AlertMessages.Message message = messages.escalation(c);
		team.ifPresent(t -> {
			if (t.leadEmail() != null) {
				deliveries.email(id, List.of(t.leadEmail()), message.subject(), message.body(), true,
						quietHours.notBefore(now, true));
			}
			if (t.webhookUrl() != null) {
				deliveries.webhook(id, t.webhookUrl().toString(), message.webhookJson(), true, now);
			}
		});
		return true;
	}

}
