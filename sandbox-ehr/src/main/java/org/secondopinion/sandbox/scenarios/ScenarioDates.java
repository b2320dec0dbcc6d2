package org.secondopinion.sandbox.scenarios;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Resource;

/**
 * Moves every date of a scenario resource by the same whole number of days, so that a fixture written against
 * {@link ScenarioCatalog#AS_OF} reads the same when evaluated on another day: each date, dateTime, instant and the
 * ends of each period keep their precision, time of day and offset, and their distance in days from the as-of date.
 * A date of month or year precision moves from the middle of its month or year. {@code meta.lastUpdated} is left
 * alone (the store stamps it on every write), and so is text: a note or tag that names a date names the fixture's.
 */
public final class ScenarioDates {

	private final long days;

	private ScenarioDates(long days) {
		this.days = days;
	}

	/** The shift that makes fixtures written against {@link ScenarioCatalog#AS_OF} read as written against {@code asOf}. */
	public static ScenarioDates asOf(LocalDate asOf) {
		return new ScenarioDates(ChronoUnit.DAYS.between(ScenarioCatalog.AS_OF, asOf));
	}

	/** The shift that moves records written against {@code writtenFor} to {@code readOn}. */
	public static ScenarioDates between(LocalDate writtenFor, LocalDate readOn) {
		return new ScenarioDates(ChronoUnit.DAYS.between(writtenFor, readOn));
	}

	/** By how many days every date moves. */
	public long days() {
		return days;
	}

	/** Moves every date of {@code resource} in place and returns it. */
	public <T extends Resource> T shift(T resource) {
		if (days == 0) {
			return resource;
		}
		for (BaseDateTimeType date : FhirContext.forR4Cached()
			.newTerser()
			.getAllPopulatedChildElementsOfType(resource, BaseDateTimeType.class)) {
			if (date.getValue() != null && date != resource.getMeta().getLastUpdatedElement()) {
				move(date);
			}
		}
		return resource;
	}

	private void move(BaseDateTimeType date) {
		TemporalPrecisionEnum precision = date.getPrecision();
		if (precision == TemporalPrecisionEnum.YEAR) {
			date.setValueAsString(String.valueOf(LocalDate.of(date.getYear(), 7, 1).plusDays(days).getYear()));
		}
		else if (precision == TemporalPrecisionEnum.MONTH) {
			LocalDate moved = LocalDate.of(date.getYear(), date.getMonth() + 1, 15).plusDays(days);
			date.setValueAsString(String.format("%04d-%02d", moved.getYear(), moved.getMonthValue()));
		}
		else if (precision == TemporalPrecisionEnum.DAY) {
			date.setValueAsString(LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay()).plusDays(days).toString());
		}
		else {
			// the calendar of the value's own offset: the time of day stays as written
			date.add(Calendar.DATE, Math.toIntExact(days));
		}
	}

}
