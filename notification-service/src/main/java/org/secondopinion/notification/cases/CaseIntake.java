package org.secondopinion.notification.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.CriterionCode;
import org.secondopinion.events.EhrId;
import org.secondopinion.events.FlagStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps cases in step with flags: a flag opens a case for its patient, or updates the patient's open case (one open
 * case per patient) as criteria change; a resolved flag shows as resolved on its case. New cases are routed.
 */
@Service
public class CaseIntake {

	/** The actor recorded for changes the service makes by itself. */
	public static final String SYSTEM_ACTOR = "system";

	private final CaseStore store;

	private final ObjectProvider<CaseRouter> router;

	private final ObjectProvider<CasePlacer> placer;

	private final ApplicationEventPublisher events;

	private final CaseSettings settings;

	private final Clock clock;

	CaseIntake(CaseStore store, ObjectProvider<CaseRouter> router, ObjectProvider<CasePlacer> placer,
			ApplicationEventPublisher events, CaseSettings settings, Clock clock) {
		this.store = store;
		this.settings = settings;
		this.router = router;
		this.placer = placer;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Applies the flags of one batch, in their order, in the caller's transaction: the cases they touch are loaded
	 * and locked together, changed in memory, and written with a few statements; new cases are routed together; the
	 * changes are published once as {@link CasesChanged}, with the cases as the batch left them.
	 * @return the cases changed, each once, in the order first changed (none for a resolved flag without a case)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<CaseId> applyAll(List<IncomingFlag> flags) {
		if (flags.isEmpty()) {
			return List.of();
		}
		// as precise as the database keeps it, so that the cases the batch passes on are what a read would show
		IntakeBatch batch = new IntakeBatch(clock.instant().truncatedTo(ChronoUnit.MICROS));
		load(batch, flags);
		for (IncomingFlag flag : flags) {
			apply(batch, flag);
		}
		CaseRouter routing = router.getIfAvailable();
		List<CaseSummary> toRoute = batch.routingRequests();
		if (routing != null && !toRoute.isEmpty()) {
			batch.routed(routing.routeAll(toRoute));
		}
		store.insertAll(batch.opened());
		store.updateAllFromFlags(batch.updatedByFlags());
		store.markAllFlagsResolved(batch.onlyResolved());
		store.historyAll(batch.historyLines(), batch.now());
		List<CaseChanged> changes = batch.changes();
		if (!changes.isEmpty()) {
			Map<CaseId, CaseDetail> after = new HashMap<>();
			batch.changedWorkingCases()
				.forEach(c -> after.put(c.id, CaseManagement.detail(settings, c.row(), List.of(), List.of())));
			events.publishEvent(new CasesChanged(changes, after));
		}
		return batch.changedCases();
	}

	private void load(IntakeBatch batch, List<IncomingFlag> flags) {
		List<IncomingFlag.PatientSummary> patients = flags.stream()
			.filter(f -> f.status() != FlagStatus.RESOLVED)
			.map(IncomingFlag::patient)
			.distinct()
			.toList();
		store.lockOpenCasesOfPatients(patients).forEach(batch::knownOpen);
		List<CaseStore.FlagOfPatient> resolvedFlags = flags.stream()
			.filter(f -> f.status() == FlagStatus.RESOLVED)
			.map(f -> new CaseStore.FlagOfPatient(f.flagId(), f.patient()))
			.distinct()
			.toList();
		store.lockLatestCasesOfFlags(resolvedFlags).forEach(batch::knownOfFlag);
	}

	private void apply(IntakeBatch batch, IncomingFlag flag) {
		if (flag.status() == FlagStatus.RESOLVED) {
			IntakeBatch.WorkingCase target = batch.latestOfFlag(flag.flagId());
			if (target != null) {
				batch.resolved(target);
				batch.history(target, "flag-resolved", null);
				batch.changed(target, "flag-resolved", flag.traceParent());
			}
			return;
		}
		Placement placement = place(flag.patient().ehrId(), flag.facility(), flag.organizations());
		IntakeBatch.WorkingCase open = batch.openOf(flag.patient());
		if (open != null) {
			CaseSummary before = open.summary();
			batch.updated(open, flag, placement);
			batch.history(open, "flag-updated", criteriaChange(before, flag));
			if (!placement.equals(before.placement())) {
				batch.history(open, "placed", placement.explanation());
				boolean leftFallback = placement.placed() && before.placement() != null && !before.placement().placed();
				if (leftFallback && before.caseStatus() == CaseStatus.NEW) {
					batch.route(open);
				}
			}
			batch.changed(open, "flag-updated", flag.traceParent());
			return;
		}
		IntakeBatch.WorkingCase opened = batch.open(flag, placement);
		batch.history(opened, "opened", codes(flag));
		batch.route(opened);
		batch.changed(opened, "opened", flag.traceParent());
	}

	/**
	 * Places again the open cases of an EHR that no rule placed, e.g. when its provider directory has changed; a
	 * case now placed that nobody has acknowledged yet is routed again.
	 * @return the cases now placed
	 */
	@Transactional
	public List<CaseId> placeUnplacedAgain(EhrId ehr) {
		List<CaseId> placed = new ArrayList<>();
		Instant now = clock.instant();
		for (CaseStore.Unplaced unplaced : store.lockOpenUnplaced(ehr)) {
			Placement placement = place(ehr, unplaced.flagFacility(), unplaced.organizations());
			if (placement.placed()) {
				CaseSummary current = store.find(unplaced.id()).orElseThrow();
				store.place(unplaced.id(), placement, now);
				placed(current, placement, now);
				publish(unplaced.id(), "placed", now);
				placed.add(unplaced.id());
			}
		}
		return placed;
	}

	/** The EHRs with open cases that no rule placed. */
	public List<EhrId> ehrsWithUnplacedCases() {
		return store.ehrsWithOpenUnplaced();
	}

	/** How many open cases no rule placed, by the reason given (no patient data). */
	public java.util.Map<String, Long> openUnplacedByReason() {
		return store.openUnplacedByReason();
	}

	private Placement place(EhrId ehr, @Nullable String facility,
			@Nullable List<IncomingFlag.OrganizationReference> organizations) {
		CasePlacer placing = placer.getIfAvailable();
		return placing != null ? placing.place(ehr, facility, organizations)
				: new Placement(facility, Placement.FLAG_FACILITY, "placed by the facility the flag names");
	}

	/** Records a new placement of an open case; one that moves out of the fallback before anybody acted is routed again. */
	private void placed(CaseSummary current, Placement placement, Instant now) {
		store.history(current.caseId(), now, "placed", SYSTEM_ACTOR, placement.explanation());
		boolean leftFallback = placement.placed() && current.placement() != null && !current.placement().placed();
		if (leftFallback && current.caseStatus() == CaseStatus.NEW) {
			route(current.caseId(), now);
		}
	}

	private void route(CaseId id, Instant now) {
		CaseRouter routing = router.getIfAvailable();
		if (routing != null) {
			routing.route(store.find(id).orElseThrow()).ifPresent(assignment -> {
				store.assign(id, assignment.team(), assignment.assignee(), now);
				store.history(id, now, "assigned", SYSTEM_ACTOR, "team " + assignment.team()
						+ (assignment.assignee() == null ? "" : ", to " + assignment.assignee()));
			});
		}
	}

	private void publish(CaseId id, String action, Instant now) {
		CaseSummary after = store.find(id).orElseThrow();
		events.publishEvent(new CaseChanged(id, action, after.caseStatus(), after.priority(), after.facility(),
				SYSTEM_ACTOR, now));
	}

	private static String criteriaChange(CaseSummary current, IncomingFlag flag) {
		List<CriterionCode> before = current.criterionCodes();
		List<CriterionCode> after = flag.criteria().stream().map(IncomingFlag.CriterionMet::code).toList();
		List<String> parts = new ArrayList<>();
		after.stream().filter(c -> !before.contains(c)).forEach(c -> parts.add("+" + c.code()));
		before.stream().filter(c -> !after.contains(c)).forEach(c -> parts.add("-" + c.code()));
		if (!current.priority().equals(flag.priority())) {
			parts.add("priority " + current.priority().code() + " -> " + flag.priority().code());
		}
		return parts.isEmpty() ? codes(flag) : String.join(", ", parts);
	}

	private static String codes(IncomingFlag flag) {
		return String.join(", ", flag.criteria().stream().map(c -> c.code().code()).toList());
	}

}
