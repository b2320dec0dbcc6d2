package org.secondopinion.notification.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.secondopinion.events.FlagPayload;
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

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseIntake(CaseStore store, ObjectProvider<CaseRouter> router, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.router = router;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Applies one flag event in the caller's transaction.
	 * @return the case changed, or empty for a resolved flag without a case
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<CaseId> apply(FlagPayload flag) {
		Instant now = clock.instant();
		if ("resolved".equals(flag.status())) {
			Optional<CaseSummary> target = store.lockLatestCaseOfFlag(flag.flagId());
			target.ifPresent(c -> {
				store.markFlagResolved(c.caseId(), now);
				store.history(c.caseId(), now, "flag-resolved", SYSTEM_ACTOR, null);
				publish(c.caseId(), "flag-resolved", now);
			});
			return target.map(CaseSummary::caseId);
		}
		Optional<CaseSummary> open = store.lockOpenCaseOfPatient(flag.patient());
		if (open.isPresent()) {
			CaseSummary current = open.get();
			store.updateFromFlag(current.caseId(), flag, now);
			store.history(current.caseId(), now, "flag-updated", SYSTEM_ACTOR, criteriaChange(current, flag));
			publish(current.caseId(), "flag-updated", now);
			return Optional.of(current.caseId());
		}
		CaseId id = CaseId.random();
		store.insert(id, flag, now);
		store.history(id, now, "opened", SYSTEM_ACTOR, codes(flag));
		CaseRouter routing = router.getIfAvailable();
		if (routing != null) {
			routing.route(store.find(id).orElseThrow()).ifPresent(assignment -> {
				store.assign(id, assignment.team(), assignment.assignee(), now);
				store.history(id, now, "assigned", SYSTEM_ACTOR, "team " + assignment.team()
						+ (assignment.assignee() == null ? "" : ", to " + assignment.assignee()));
			});
		}
		publish(id, "opened", now);
		return Optional.of(id);
	}

	private void publish(CaseId id, String action, Instant now) {
		CaseSummary after = store.find(id).orElseThrow();
		events.publishEvent(new CaseChanged(id, action, after.caseStatus(), after.priority(), after.facility(),
				SYSTEM_ACTOR, now));
	}

	private static String criteriaChange(CaseSummary current, FlagPayload flag) {
		List<String> before = current.criterionCodes();
		List<String> after = flag.criteria().stream().map(FlagPayload.CriterionMet::code).toList();
		List<String> parts = new ArrayList<>();
		after.stream().filter(c -> !before.contains(c)).forEach(c -> parts.add("+" + c));
		before.stream().filter(c -> !after.contains(c)).forEach(c -> parts.add("-" + c));
		if (!current.priority().equals(flag.priority())) {
			parts.add("priority " + current.priority() + " -> " + flag.priority());
		}
		return parts.isEmpty() ? codes(flag) : String.join(", ", parts);
	}

	private static String codes(FlagPayload flag) {
		return String.join(", ", flag.criteria().stream().map(FlagPayload.CriterionMet::code).toList());
	}

}
