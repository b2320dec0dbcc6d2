package org.secondopinion.assessment.criteria;

import java.time.LocalDate;

/**
 * The date a criterion's planned procedure or treatment is scheduled for: the earliest among those it cites, as a
 * calendar day in the assessment's time zone.
 * @param overdue the day had passed when the patient was assessed, and the order is still open with nothing
 * recorded as done: a coordinator should confirm whether it took place
 */
public record Due(LocalDate date, boolean overdue) {
}
