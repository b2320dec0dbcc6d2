package org.secondopinion.assessment.picture;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A CarePlan.
 * @param addresses unversioned references of the conditions it addresses, e.g. {@code Condition/7}
 * @param notes the text of the plan's notes
 */
public record CarePlanEntry(String reference, String id, String status, String intent, List<Concept> categories,
		@Nullable String title, @Nullable String description, Period period, List<String> addresses,
		List<Activity> activities, List<String> notes) {

	public CarePlanEntry {
		categories = List.copyOf(categories);
		addresses = List.copyOf(addresses);
		activities = List.copyOf(activities);
		notes = List.copyOf(notes);
	}

	/**
	 * One planned activity (CarePlan.activity.detail).
	 * @param status FHIR activity status, e.g. {@code scheduled}, {@code in-progress}
	 * @param scheduled when it is to start, if stated
	 */
	public record Activity(Concept code, @Nullable String status, @Nullable Instant scheduled) {
	}

	public String display() {
		if (title != null && !title.isBlank()) {
			return title;
		}
		return categories.stream().map(Concept::display).findFirst().orElse("Care plan");
	}

}
