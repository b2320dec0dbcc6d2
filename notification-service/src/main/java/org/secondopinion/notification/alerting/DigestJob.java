package org.secondopinion.notification.alerting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.secondopinion.notification.cases.CaseAlertLog;
import org.secondopinion.notification.cases.CaseId;
import org.secondopinion.notification.cases.CaseManagement;
import org.secondopinion.notification.cases.CaseQueries;
import org.secondopinion.notification.cases.CaseSummary;
import org.secondopinion.notification.delivery.DeliveryQueue;
import org.secondopinion.notification.routing.CoordinatorTeams;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest: per team, one e-mail listing the high and routine cases with criteria not announced before.
 * Each criterion of a case is in one digest at most; running the job twice, or on two instances at once (each
 * team's digest is claimed for its transaction), sends nothing new.
 */
@Component
public class DigestJob {

	private final CaseAlertLog log;

	private final CaseManagement cases;

	private final CaseQueries queries;

	private final DeliveryQueue deliveries;

	private final CoordinatorTeams teams;

	private final AlertMessages messages;

	private final QuietHours quietHours;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DigestJob(CaseAlertLog log, CaseManagement cases, CaseQueries queries, DeliveryQueue deliveries,
			CoordinatorTeams teams, AlertMessages messages, QuietHours quietHours, TransactionTemplate transactions,
			Clock clock) {
		this.log = log;
		this.cases = cases;
		this.queries = queries;
		this.deliveries = deliveries;
		this.teams = teams;
		this.messages = messages;
		this.quietHours = quietHours;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(cron = "${second-opinion.notification.alerting.digest-cron}",
			zone = "${second-opinion.notification.alerting.zone}")
	void scheduled() {
		sendDigests();
	}

	/**
	 * Queues today's digests, as of the clock's now.
	 * @return the number of digests queued
	 */
	public int sendDigests() {
		int queued = 0;
		for (CoordinatorTeams.Contacts team : teams.all()) {
			Boolean sent = transactions.execute(status -> digest(team));
			queued += Boolean.TRUE.equals(sent) ? 1 : 0;
		}
		return queued;
	}

	private boolean digest(CoordinatorTeams.Contacts team) {
		log.claimDigest(team.name());
		Instant now = clock.instant();
		List<CaseSummary> listed = new ArrayList<>();
		for (CaseId id : log.undigested(team.name())) {
			CaseSummary c = cases.find(id).orElseThrow();
			Set<String> announced = log.announced(id);
			log.record(id, c.criteria().stream().map(m -> m.code().code()).filter(code -> !announced.contains(code))
				.toList(), "digest", now);
			listed.add(c);
		}
		if (listed.isEmpty()) {
			return false;
		}
		List<String> to = new ArrayList<>();
		if (team.email() != null) {
			to.add(team.email());
		}
		else {
			team.members().forEach(member -> teams.emailOf(member).ifPresent(to::add));
		}
		AlertMessages.Message message = messages.digest(team.name(), listed, queries.openCasesOfTeam(team.name()));
		deliveries.email(null, to, message.subject(), message.body(), false, quietHours.notBefore(now, false));
		return true;
	}

}
