package org.secondopinion.notification.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.PatientRef;
import org.secondopinion.security.CurrentUser;
import org.secondopinion.security.audit.AuditAction;
import org.secondopinion.security.audit.AuditOutcome;
import org.secondopinion.security.audit.AuditTrail;
import org.secondopinion.security.audit.AuditedAccess;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case lifecycle as coordinators work it: acknowledge, review, assign, refer, close. Every action checks that
 * the user may see the case's facility (else 404, audited as denied) and that the lifecycle allows it (else 409),
 * is recorded in the case history with who and when, audited, and published as {@link CaseChanged}.
 */
@Service
public class CaseManagement {

	private static final java.util.regex.Pattern SPECIALIST = java.util.regex.Pattern
		.compile("(PractitionerRole|Practitioner)/[A-Za-z0-9\\-.]{1,64}");

	private final CaseStore store;

	private final OutreachLog outreach;

	private final Lifecycle lifecycle;

	private final CaseSettings settings;

	private final ObjectProvider<CaseRouter> router;

	private final ObjectProvider<CaseDeliveries> deliveries;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseManagement(CaseStore store, OutreachLog outreach, CaseSettings settings, ObjectProvider<CaseRouter> router,
			ObjectProvider<CaseDeliveries> deliveries, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.outreach = outreach;
		this.lifecycle = new Lifecycle(settings.requireAcknowledgement());
		this.settings = settings;
		this.router = router;
		this.deliveries = deliveries;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public CaseSummary acknowledge(CaseId id, CurrentUser user) {
		return change(id, user, "acknowledge", current -> {
			CaseStatus next = lifecycle.acknowledge(current.caseStatus());
			store.acknowledge(id, next, clock.instant());
			return new Change("acknowledged", null);
		});
	}

	@Transactional
	public CaseSummary startReview(CaseId id, CurrentUser user) {
		return change(id, user, "review", current -> {
			store.status(id, lifecycle.startReview(current.caseStatus()), clock.instant());
			return new Change("in-review", null);
		});
	}

	/** Hands the case to {@code assignee}, a coordinator of the case's team (or of any team if it has none). */
	@Transactional
	public CaseSummary assign(CaseId id, String assignee, CurrentUser user) {
		return change(id, user, "assign", current -> {
			lifecycle.assign(current.caseStatus());
			CaseRouter routing = router.getIfAvailable();
			if (routing != null && !routing.isAssignable(assignee, current.team())) {
				throw CaseProblems.badRequest("'" + assignee + "' is not a coordinator of team "
						+ (current.team() == null ? "any team" : "'" + current.team() + "'"));
			}
			store.assign(id, null, assignee, clock.instant());
			return new Change("assigned", "to " + assignee
					+ (current.assignee() == null ? "" : " (was " + current.assignee() + ")"));
		});
	}

	/**
	 * Refers the case for a second opinion; the history names the specialty, whom, and carries the note for the team.
	 */
	@Transactional
	public CaseSummary refer(CaseId id, Referral referral, CurrentUser user) {
		if (referral.specialty().isBlank()) {
			throw CaseProblems.badRequest("A referral needs the specialty asked for a second opinion");
		}
		if (referral.specialist() != null && !SPECIALIST.matcher(referral.specialist()).matches()) {
			throw CaseProblems.badRequest("The specialist must be a PractitionerRole/{id} or Practitioner/{id} reference, not '"
					+ referral.specialist() + "'");
		}
		return change(id, user, "refer", current -> {
			lifecycle.refer(current.caseStatus());
			store.refer(id, referral, clock.instant());
			return new Change("referred", referral.specialty() + (referral.to() == null ? "" : ": " + referral.to())
					+ (referral.specialist() == null ? "" : " (" + referral.specialist() + ")")
					+ (referral.note() == null ? "" : " — note: " + referral.note()));
		});
	}

	/**
	 * Logs an attempt to reach the patient (a call, a message) with what came of it, in the case's outreach log and
	 * its history; not once the case is closed.
	 * @param note free text beside the outcome; kept in the outreach log, not in the history
	 */
	@Transactional
	public CaseSummary logOutreach(CaseId id, OutreachOutcome outcome, @Nullable String note, CurrentUser user) {
		if (note != null && note.length() > 2000) {
			throw CaseProblems.badRequest("An outreach note holds at most 2000 characters");
		}
		return change(id, user, "outreach", current -> {
			if (current.caseStatus() == CaseStatus.CLOSED) {
				throw CaseProblems.conflict("The case is closed; outreach can no longer be logged on it");
			}
			outreach.add(id, clock.instant(), actor(user), outcome, note);
			return new Change("outreach", outcome.label());
		});
	}

	/** The outreach notes of {@code kase} (a case the user was allowed to read), newest first. */
	public List<OutreachNote> outreach(CaseDetail kase) {
		return outreach.of(new CaseId(java.util.UUID.fromString(kase.id())));
	}

	/** The coordinators {@code kase} may be assigned to: its team's members, or every team's when it has none. */
	public List<String> assignees(CaseDetail kase) {
		CaseRouter routing = router.getIfAvailable();
		return routing == null ? List.of() : routing.assignees(kase.team());
	}

	/**
	 * Closes the case with its outcome and a reason from the site's coded list.
	 * @param text free text beside the coded reason; kept in the case, not in the history
	 */
	@Transactional
	public CaseSummary close(CaseId id, Outcome outcome, String reasonCode, @Nullable String text, CurrentUser user) {
		if (settings.reason(outcome, reasonCode).isEmpty()) {
			throw CaseProblems.badRequest("Unknown reason '" + reasonCode + "' for outcome " + outcome.code() + "; use one of "
					+ settings.reasons(outcome).keySet());
		}
		return change(id, user, "close", current -> {
			lifecycle.close(current.caseStatus(), outcome);
			store.close(id, outcome, reasonCode, text, clock.instant());
			return new Change("closed", outcome.code() + ": " + reasonCode);
		});
	}

	/**
	 * Records that an unacknowledged urgent case was escalated (by the service, not a user).
	 * @return {@code false} when the case was escalated before, is no longer new, or is gone
	 */
	@Transactional
	public boolean escalate(CaseId id, String detail) {
		Optional<CaseSummary> current = store.lock(id);
		if (current.isEmpty() || current.get().caseStatus() != CaseStatus.NEW
				|| store.findRow(id).map(CaseStore.Row::escalatedAt).isPresent()) {
			return false;
		}
		Instant now = clock.instant();
		store.escalated(id, now);
		store.history(id, now, "escalated", CaseIntake.SYSTEM_ACTOR, detail);
		CaseSummary after = current.get();
		events.publishEvent(new CaseChanged(id, "escalated", after.caseStatus(), after.priority(), after.facility(),
				CaseIntake.SYSTEM_ACTOR, now));
		return true;
	}

	/** The case with its history and deliveries, if {@code user} may see it; the read is audited. */
	public CaseDetail detail(CaseId id, CurrentUser user, @Nullable String purpose) {
		CaseStore.Row row = store.findRow(id).orElseThrow(() -> CaseProblems.notFound(id));
		requireAccess(row.summary(), user, AuditAction.READ, "read");
		audit.recordAll(List.of(AuditedAccess.read("read", row.summary().patient().ref(),
				"Case/" + id)), purpose);
		return detail(row);
	}

	/**
	 * The patient's open case (else their latest one), e.g. for a link from the EHR's CDS Hooks card; {@code user}
	 * must be allowed to see it, and the look-up is audited.
	 */
	public CaseId caseOfPatient(PatientRef patient, CurrentUser user) {
		CaseSummary summary = store.latestOfPatient(patient)
			.orElseThrow(() -> CaseProblems.noCaseOfPatient());
		requireAccess(summary, user, AuditAction.READ, "read");
		return summary.caseId();
	}

	/** The case with its history and deliveries, for the service itself (no user, not audited). */
	public Optional<CaseDetail> detail(CaseId id) {
		return store.findRow(id).map(this::detail);
	}

	/**
	 * The cases as stored, for the service's own work on many cases at once (e.g. the Task write-back of a batch of
	 * flags): one read, no user, not audited, and without history or deliveries (empty lists).
	 */
	public java.util.Map<CaseId, CaseDetail> records(java.util.Collection<CaseId> ids) {
		java.util.Map<CaseId, CaseDetail> records = new java.util.HashMap<>();
		store.findRows(ids).forEach(row -> records.put(row.summary().caseId(), detail(row, List.of(), List.of())));
		return records;
	}

	/** A page of the cases in {@code scope}, most urgent and oldest first. */
	public List<CaseSummary> page(@Nullable String status, CaseScope scope, int page, int size) {
		return store.page(status, scope, page, size);
	}

	public long count(@Nullable String status, CaseScope scope) {
		return store.count(status, scope);
	}

	public Optional<CaseSummary> find(CaseId id) {
		return store.find(id);
	}

	public List<CaseEvent> history(CaseId id) {
		return store.history(id);
	}

	/** The coded close reasons of each outcome (code → display text), for forms. */
	public java.util.Map<String, java.util.Map<String, String>> closeReasons() {
		return settings.closeReasons();
	}

	private CaseSummary change(CaseId id, CurrentUser user, String subtype, Function<CaseSummary, Change> action) {
		CaseSummary current = store.lock(id).orElseThrow(() -> CaseProblems.notFound(id));
		requireAccess(current, user, AuditAction.UPDATE, subtype);
		Change change = action.apply(current);
		Instant now = clock.instant();
		String actor = actor(user);
		store.history(id, now, change.action(), actor, change.detail());
		CaseSummary after = store.find(id).orElseThrow();
		audit.record(new AuditedAccess(AuditAction.UPDATE, subtype, AuditOutcome.SUCCESS, after.patient().ref(),
				"Case/" + id, change.action()));
		events.publishEvent(new CaseChanged(id, change.action(), after.caseStatus(), after.priority(), after.facility(),
				actor, now));
		return after;
	}

	private void requireAccess(CaseSummary summary, CurrentUser user, AuditAction action, String subtype) {
		if (!CaseScope.of(user).includes(summary.facility())) {
			audit.record(AuditedAccess.denied(action, subtype, summary.patient().ref(),
					"Case/" + summary.id(), "case belongs to a facility outside the user's facilities"));
			throw CaseProblems.notFound(summary.caseId());
		}
	}

	private CaseDetail detail(CaseStore.Row row) {
		CaseDeliveries sent = deliveries.getIfAvailable();
		CaseId id = row.summary().caseId();
		return detail(row, store.history(id), sent == null ? List.of() : sent.of(id));
	}

	private CaseDetail detail(CaseStore.Row row, List<CaseEvent> history, List<CaseDeliveries.Delivery> sent) {
		return detail(settings, row, history, sent);
	}

	/** A stored case as a coordinator sees it, with the display text of its close reason. */
	static CaseDetail detail(CaseSettings settings, CaseStore.Row row, List<CaseEvent> history,
			List<CaseDeliveries.Delivery> sent) {
		CaseSummary s = row.summary();
		CaseDetail.Closure closure = row.outcome() == null ? null
				: new CaseDetail.Closure(row.outcome(), row.reasonCode(),
						settings.reason(Outcome.fromCode(row.outcome()).orElseThrow(), row.reasonCode()).orElse(row.reasonCode()),
						row.outcomeText(), row.closedAt());
		return new CaseDetail(s.id(), s.status(), s.priority(), s.patient(), s.facility(), s.criteria(), row.flagId(),
				s.flagStatus(), row.flagResolvedAt(), row.coverage(), s.rulesetVersion(), s.team(), s.assignee(),
				s.highlighted(), row.acknowledgedAt(), row.escalatedAt(), row.referral(), closure, s.createdAt(),
				s.updatedAt(), history, sent, s.placement());
	}

	static String actor(CurrentUser user) {
		return user.username() == null ? user.subject() : user.username();
	}

	private record Change(String action, @Nullable String detail) {
	}

}
