package org.secondopinion.assessment.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Works through the patients whose re-assessment is due, each in its own transaction. */
@Component
class ReassessmentScheduler {

	private static final Logger log = LoggerFactory.getLogger(ReassessmentScheduler.class);

	private static final int MAX_PER_RUN = 500;

	private final Reassessment reassessment;

	ReassessmentScheduler(Reassessment reassessment) {
		this.reassessment = reassessment;
	}

	@Scheduled(fixedDelayString = "${second-opinion.assessment.reassessment-poll-interval}")
	void reassessDuePatients() {
		try {
			int done = 0;
			while (done < MAX_PER_RUN && reassessment.reassessNextDue()) {
				done++;
			}
		}
		catch (RuntimeException ex) {
			log.warn("Re-assessment paused, will retry: {}", ex.getMessage());
		}
	}

}
