package org.secondopinion.notification.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.CriterionCode;
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

	private final Clock clock;

	CaseIntake(CaseStore store, ObjectProvider<CaseRouter> router, ObjectProvider<CasePlacer> placer,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.router = router;
		this.placer = placer;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Applies one flag event in the caller's transaction.
	 * @return the case changed, or empty for a resolved flag without a case
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<CaseId> apply(IncomingFlag flag) {
		Instant now = clock.instant();
		if (flag.status() == FlagStatus.RESOLVED) {
			Optional<CaseSummary> target = store.lockLatestCaseOfFlag(flag.flagId());
			target.ifPresent(c -> {
				store.markFlagResolved(c.caseId(), now);
				store.history(c.caseId(), now, "flag-resolved", SYSTEM_ACTOR, null);
				publish(c.caseId(), "flag-resolved", now);
			});
			return target.map(CaseSummary::caseId);
		}
		Placement placement = place(flag.patient().ehrId(), flag.facility(), flag.organizations());
		Optional<CaseSummary> open = store.lockOpenCaseOfPatient(flag.patient());
		if (open.isPresent()) {
			CaseSummary current = open.get();
			store.updateFromFlag(current.caseId(), flag, placement, now);
			store.history(current.caseId(), now, "flag-updated", SYSTEM_ACTOR, criteriaChange(current, flag));
			if (!placement.equals(current.placement())) {
				placed(current, placement, now);
			}
			publish(current.caseId(), "flag-updated", now);
			return Optional.of(current.caseId());
		}
		CaseId id = CaseId.random();
		store.insert(id, flag, placement, now);
		store.history(id, now, "opened", SYSTEM_ACTOR, codes(flag));
		route(id, now);
		publish(id, "opened", now);
		return Optional.of(id);
	}

	/**
	 * Places again the open cases of an EHR that no rule placed, e.g. when its provider directory has changed; a
	 * case now placed that nobody has acknowledged yet is routed again.
	 * @return the cases now placed
	 */
	@Transactional
	public List<CaseId> placeUnplacedAgain(String ehrId) {
		List<CaseId> placed = new ArrayList<>();
		Instant now = clock.instant();
		for (CaseStore.Unplaced unplaced : store.lockOpenUnplaced(ehrId)) {
			Placement placement = place(ehrId, unplaced.flagFacility(), unplaced.organizations());
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
	public List<String> ehrsWithUnplacedCases() {
		return store.ehrsWithOpenUnplaced();
	}

	/** How many open cases no rule placed, by the reason given (no patient data). */
	public java.util.Map<String, Long> openUnplacedByReason() {
		return store.openUnplacedByReason();
	}

	private Placement place(String ehrId, @Nullable String facility,
			@Nullable List<IncomingFlag.OrganizationReference> organizations) {
		CasePlacer placing = placer.getIfAvailable();
		return placing != null ? placing.place(ehrId, facility, organizations)
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
