package org.secondopinion.notification.placement;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.secondopinion.events.EhrId;
import org.secondopinion.notification.cases.CaseId;
import org.secondopinion.notification.cases.CaseIntake;
import org.secondopinion.notification.directory.DirectoryChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Places unplaced cases again when their EHR's provider directory changes: the gateway publishes patients' records
 * and the directory independently, so a flag may arrive before the Organization, Location or PractitionerRole that
 * places it. Changes are gathered per EHR and applied every {@code placement.retry-interval}. At start every EHR with
 * unplaced cases is tried once: the rules or the mapping table may have changed since (an operator adds the mapping of
 * an organisation and restarts), and a change seen just before a stop is not lost.
 */
@Component
class PlacementRetry {

	private static final Logger log = LoggerFactory.getLogger(PlacementRetry.class);

	private final CaseIntake cases;

	private final Set<EhrId> changed = ConcurrentHashMap.newKeySet();

	PlacementRetry(CaseIntake cases) {
		this.cases = cases;
	}

	@EventListener
	void on(DirectoryChanged change) {
		changed.add(change.ehrId());
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		try {
			changed.addAll(cases.ehrsWithUnplacedCases());
		}
		catch (RuntimeException ex) {
			log.warn("Could not list the EHRs with unplaced cases at start: {}", ex.toString());
		}
	}

	@Scheduled(fixedDelayString = "${second-opinion.notification.placement.retry-interval:5s}")
	void placeAgain() {
		for (EhrId ehr : List.copyOf(changed)) {
			changed.remove(ehr);
			List<CaseId> placed;
			try {
				placed = cases.placeUnplacedAgain(ehr);
			}
			catch (RuntimeException ex) {
				changed.add(ehr);
				log.warn("Could not place the unplaced cases of EHR {} again; retrying: {}", ehr, ex.toString());
				continue;
			}
			if (!placed.isEmpty()) {
				log.info("Placed {} case(s) of EHR {} after its provider directory changed", placed.size(), ehr);
			}
		}
	}

}
