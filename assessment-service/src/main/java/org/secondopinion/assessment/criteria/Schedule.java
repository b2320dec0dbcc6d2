package org.secondopinion.assessment.criteria;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.AssessmentSettings;

/**
 * Where a planned procedure or treatment stands on the day of evaluation. Days are whole calendar days in the
 * configured zone, counted from the evaluation day (today is day 0):
 * <ul>
 * <li>{@link Standing#URGENT} from today through the last day of the urgency window ({@code urgent-within}: with 30
 * days, a date 30 days ahead is urgent, 31 days ahead is not);</li>
 * <li>{@link Standing#UPCOMING} further ahead;</li>
 * <li>{@link Standing#OVERDUE} once the day has passed with the order still open and nothing recorded as done: a
 * coordinator should confirm whether it took place, and it is never urgent by its date;</li>
 * <li>{@link Standing#LAPSED} more than {@code unconfirmed-for} after the day: an order nobody has touched since is
 * taken as stale and no longer flagged.</li>
 * </ul>
 */
final class Schedule {

	enum Standing {

		UPCOMING, URGENT, OVERDUE, LAPSED

	}

	private final ZoneId zone;

	private final long urgentDays;

	private final long unconfirmedDays;

	private final DateTimeFormatter format;

	Schedule(AssessmentSettings.Dates dates, Duration urgentWithin) {
		this.zone = dates.zone();
		this.urgentDays = urgentWithin.toDays();
		this.unconfirmedDays = dates.unconfirmedFor().toDays();
		this.format = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(zone);
	}

	/** The day of {@code date} in the configured zone. */
	LocalDate day(Instant date) {
		return LocalDate.ofInstant(date, zone);
	}

	/** How many days from the evaluation day to {@code date}'s day: 0 today, negative once it has passed. */
	long daysUntil(Instant date, Instant now) {
		return ChronoUnit.DAYS.between(day(now), day(date));
	}

	Standing standing(Instant date, Instant now) {
		long days = daysUntil(date, now);
		if (days < 0) {
			return -days > unconfirmedDays ? Standing.LAPSED : Standing.OVERDUE;
		}
		return days <= urgentDays ? Standing.URGENT : Standing.UPCOMING;
	}

	/**
	 * The start of the first day on which {@code date}'s standing changes by the passing of time alone (it becomes
	 * urgent, overdue or lapsed); {@code null} once it has lapsed.
	 */
	@Nullable Instant nextChange(Instant date, Instant now) {
		LocalDate day = day(date);
		LocalDate next = switch (standing(date, now)) {
			case UPCOMING -> day.minusDays(urgentDays);
			case URGENT -> day.plusDays(1);
			case OVERDUE -> day.plusDays(unconfirmedDays + 1);
			case LAPSED -> null;
		};
		return next == null ? null : next.atStartOfDay(zone).toInstant();
	}

	/** {@code 18 Nov 2026}, the day in the configured zone. */
	String format(Instant date) {
		return format.format(date);
	}

	/** The parameters that shape the standing, for the rule catalog. */
	static String describe(AssessmentSettings.Dates dates) {
		return dates.zone().getId() + ", unconfirmed for " + dates.unconfirmedFor();
	}

}
