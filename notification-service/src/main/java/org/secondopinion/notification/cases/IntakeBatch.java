package org.secondopinion.notification.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.FlagStatus;
import org.secondopinion.events.Priority;

/**
 * The cases one batch of flags touches, as the batch changes them: loaded locked, changed in memory in the flags'
 * order, then written with a handful of statements ({@link CaseStore#insertAll}, {@link CaseStore#updateAllFromFlags},
 * {@link CaseStore#markAllFlagsResolved}, {@link CaseStore#historyAll}). What the batch sees of a case is what the
 * database would show after the flags before it, so a raise, an update and a resolve of one patient in one batch end
 * as they would one transaction at a time.
 */
final class IntakeBatch {

	private final Instant now;

	private final Map<CaseId, WorkingCase> cases = new LinkedHashMap<>();

	private final Map<String, WorkingCase> openByPatient = new HashMap<>();

	private final Map<String, WorkingCase> latestByFlag = new HashMap<>();

	/** The history lines in order; an assignment's line is reserved when routing is asked for, filled after. */
	private final List<@Nullable HistoryLine> history = new ArrayList<>();

	private final List<RouteRequest> routing = new ArrayList<>();

	private final List<CaseChanged> changes = new ArrayList<>();

	IntakeBatch(Instant now) {
		this.now = now;
	}

	Instant now() {
		return now;
	}

	/** A patient's open case, as loaded and locked. */
	void knownOpen(CaseStore.Row row) {
		WorkingCase c = known(row);
		openByPatient.put(patientKey(c.patient), c);
	}

	/** The latest case of a flag, as loaded and locked. */
	void knownOfFlag(CaseStore.Row row) {
		claimFlag(known(row));
	}

	private WorkingCase known(CaseStore.Row row) {
		return cases.computeIfAbsent(row.summary().caseId(), id -> WorkingCase.of(row));
	}

	@Nullable WorkingCase openOf(IncomingFlag.PatientSummary patient) {
		return openByPatient.get(patientKey(patient));
	}

	@Nullable WorkingCase latestOfFlag(String flagId) {
		return latestByFlag.get(flagId);
	}

	WorkingCase open(IncomingFlag flag, Placement placement) {
		WorkingCase c = new WorkingCase(CaseId.next(), true, now, CaseStatus.NEW, null, null);
		c.takeFlag(flag, placement, now);
		cases.put(c.id, c);
		openByPatient.put(patientKey(c.patient), c);
		claimFlag(c);
		return c;
	}

	void updated(WorkingCase c, IncomingFlag flag, Placement placement) {
		c.takeFlag(flag, placement, now);
		c.updatedByFlag = true;
		claimFlag(c);
	}

	void resolved(WorkingCase c) {
		c.flagStatus = FlagStatus.RESOLVED;
		c.flagResolvedAt = now;
		c.updatedAt = now;
		c.resolved = true;
	}

	/** The latest case created carries a flag id, as {@code order by created_at desc} finds it. */
	private void claimFlag(WorkingCase c) {
		latestByFlag.merge(Objects.requireNonNull(c.flagId), c,
				(before, next) -> next.createdAt.isBefore(before.createdAt) ? before : next);
	}

	void history(WorkingCase c, String action, @Nullable String detail) {
		history.add(new HistoryLine(c.id, action, detail));
	}

	/** Asks for routing of {@code c} as it is now, keeping the place of its "assigned" line in the history. */
	void route(WorkingCase c) {
		history.add(null);
		routing.add(new RouteRequest(c, c.summary(), history.size() - 1));
	}

	void changed(WorkingCase c, String action, @Nullable String traceParent) {
		c.changed = true;
		changes.add(new CaseChanged(c.id, action, c.status, c.priority, c.facility(), CaseIntake.SYSTEM_ACTOR, now,
				traceParent));
	}

	List<CaseSummary> routingRequests() {
		return routing.stream().map(RouteRequest::summary).toList();
	}

	void routed(List<java.util.Optional<Assignment>> assignments) {
		for (int i = 0; i < routing.size(); i++) {
			RouteRequest request = routing.get(i);
			int line = request.historyLine();
			assignments.get(i).ifPresent(assignment -> {
				WorkingCase c = request.c();
				c.team = assignment.team() != null ? assignment.team() : c.team;
				c.assignee = assignment.assignee();
				c.updatedAt = now;
				history.set(line, new HistoryLine(c.id, "assigned", "team " + assignment.team()
						+ (assignment.assignee() == null ? "" : ", to " + assignment.assignee())));
			});
		}
	}

	List<WorkingCase> opened() {
		return cases.values().stream().filter(c -> c.fresh).toList();
	}

	List<WorkingCase> updatedByFlags() {
		return cases.values().stream().filter(c -> !c.fresh && c.updatedByFlag).toList();
	}

	List<WorkingCase> onlyResolved() {
		return cases.values().stream().filter(c -> !c.fresh && !c.updatedByFlag && c.resolved).toList();
	}

	List<HistoryLine> historyLines() {
		return history.stream().filter(Objects::nonNull).toList();
	}

	List<CaseChanged> changes() {
		return List.copyOf(changes);
	}

	/** The changed cases as the batch left them. */
	List<WorkingCase> changedWorkingCases() {
		return cases.values().stream().filter(c -> c.changed).toList();
	}

	List<CaseId> changedCases() {
		return cases.values().stream().filter(c -> c.changed).map(c -> c.id).toList();
	}

	private static String patientKey(IncomingFlag.PatientSummary patient) {
		return patient.ehrId() + "/Patient/" + patient.id();
	}

	/** One line of a case's history, written by the system. */
	record HistoryLine(CaseId caseId, String action, @Nullable String detail) {
	}

	private record RouteRequest(WorkingCase c, CaseSummary summary, int historyLine) {
	}

	/** A case as the batch has changed it so far. */
	static final class WorkingCase {

		final CaseId id;

		final boolean fresh;

		final Instant createdAt;

		final CaseStatus status;

		@Nullable String flagId;

		IncomingFlag.PatientSummary patient;

		Priority priority;

		FlagStatus flagStatus;

		@Nullable Instant flagResolvedAt;

		List<IncomingFlag.CriterionMet> criteria;

		IncomingFlag.@Nullable CoverageSummary coverage;

		String rulesetVersion;

		@Nullable Placement placement;

		@Nullable String placementFacility;

		@Nullable String flagFacility;

		@Nullable List<IncomingFlag.OrganizationReference> organizations;

		@Nullable String team;

		@Nullable String assignee;

		Instant updatedAt;

		/** The case as loaded, for what the intake does not change (its lifecycle); {@code null} for a new case. */
		CaseStore.@Nullable Row loaded;

		boolean updatedByFlag;

		boolean resolved;

		boolean changed;

		private WorkingCase(CaseId id, boolean fresh, Instant createdAt, CaseStatus status, @Nullable String team,
				@Nullable String assignee) {
			this.id = id;
			this.fresh = fresh;
			this.createdAt = createdAt;
			this.status = status;
			this.team = team;
			this.assignee = assignee;
		}

		static WorkingCase of(CaseStore.Row row) {
			CaseSummary s = row.summary();
			WorkingCase c = new WorkingCase(s.caseId(), false, s.createdAt(), s.caseStatus(), s.team(), s.assignee());
			c.flagId = row.flagId();
			c.patient = s.patient();
			c.priority = s.priority();
			c.flagStatus = s.flagStatus();
			c.flagResolvedAt = row.flagResolvedAt();
			c.criteria = s.criteria();
			c.coverage = row.coverage();
			c.rulesetVersion = s.rulesetVersion();
			c.placement = s.placement();
			c.placementFacility = s.facility();
			c.updatedAt = s.updatedAt();
			c.loaded = row;
			return c;
		}

		private void takeFlag(IncomingFlag flag, Placement placement, Instant now) {
			flagId = flag.flagId();
			patient = flag.patient();
			priority = flag.priority();
			flagStatus = FlagStatus.OPEN;
			flagResolvedAt = null;
			criteria = flag.criteria();
			coverage = flag.coverage() != null ? flag.coverage() : coverage;
			rulesetVersion = flag.rulesetVersion();
			this.placement = placement;
			placementFacility = placement.facility();
			flagFacility = flag.facility();
			organizations = flag.organizations();
			updatedAt = now;
		}

		@Nullable String facility() {
			return placementFacility;
		}

		/** The case as the database will show it once the batch is written. */
		CaseStore.Row row() {
			CaseStore.Row l = loaded;
			return new CaseStore.Row(summary(), Objects.requireNonNull(flagId), flagResolvedAt, coverage,
					l == null ? null : l.acknowledgedAt(), l == null ? null : l.escalatedAt(), l == null ? null : l.referral(),
					l == null ? null : l.outcome(), l == null ? null : l.reasonCode(), l == null ? null : l.outcomeText(),
					l == null ? null : l.closedAt());
		}

		CaseSummary summary() {
			return new CaseSummary(id.value().toString(), status.code(), priority, patient, placementFacility, criteria,
					flagStatus, rulesetVersion, createdAt, updatedAt, team, assignee,
					priority == Priority.URGENT && status != CaseStatus.CLOSED, placement);
		}

	}

}
