package org.secondopinion.notification.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A chart's x axis over days: where a day is drawn and which days get a labelled tick. The ticks suit the range (each
 * day for a fortnight, Mondays for a few months, month starts for a few years, else years), no two ticks share a label,
 * one day is labelled once, and every label lies wholly inside the chart, moved in from the edges when it must be.
 */
final class TimeAxis {

	/** Roughly how wide a character of a 12-pixel label is drawn; generous, so that estimates never clip. */
	static final double CHAR_WIDTH = 7.2;

	private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yyyy", Locale.ENGLISH);

	private final LocalDate first;

	private final LocalDate last;

	private final double left;

	private final double width;

	/** @param left where the plot starts @param width the plot's width, inside a chart {@code chartWidth} wide */
	TimeAxis(LocalDate first, LocalDate last, double left, double width) {
		this.first = first;
		this.last = last.isBefore(first) ? first : last;
		this.left = left;
		this.width = width;
	}

	/** A labelled tick: the day, its label, where the tick is and where its (centred) label is. */
	record Tick(LocalDate day, String label, double x, double labelX) {
	}

	/** Where {@code day} is drawn; a single day in the middle. */
	double x(LocalDate day) {
		long span = ChronoUnit.DAYS.between(first, last);
		return span == 0 ? left + width / 2 : left + width * ChronoUnit.DAYS.between(first, day) / span;
	}

	/** The labelled ticks, in order, each label inside {@code [0, chartWidth]} and clear of its neighbour. */
	List<Tick> ticks(double chartWidth) {
		long span = ChronoUnit.DAYS.between(first, last);
		List<LocalDate> days = new ArrayList<>();
		DateTimeFormatter format;
		if (span == 0) {
			days.add(first);
			format = DAY_YEAR;
		}
		else if (span <= 14) {
			long step = Math.max(1, (long) Math.ceil((span + 1) / Math.max(1.0, width / 70)));
			for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(step)) {
				days.add(day);
			}
			format = first.getYear() == last.getYear() ? DAY : DAY_YEAR;
		}
		else if (span <= 120) {
			LocalDate monday = first.plusDays((8 - first.getDayOfWeek().getValue()) % 7);
			long weeks = Math.max(1, (long) Math.ceil((span / 7.0 + 1) / Math.max(1.0, width / 70)));
			for (LocalDate day = monday; !day.isAfter(last); day = day.plusWeeks(weeks)) {
				days.add(day);
			}
			format = first.getYear() == last.getYear() ? DAY : DAY_YEAR;
		}
		else if (span <= 3 * 366) {
			LocalDate month = first.withDayOfMonth(1).plusMonths(first.getDayOfMonth() == 1 ? 0 : 1);
			long months = Math.max(1, (long) Math.ceil((span / 30.4 + 1) / Math.max(1.0, width / 80)));
			for (LocalDate day = month; !day.isAfter(last); day = day.plusMonths(months)) {
				days.add(day);
			}
			format = MONTH;
		}
		else {
			LocalDate year = first.withDayOfYear(1).plusYears(first.getDayOfYear() == 1 ? 0 : 1);
			long years = Math.max(1, (long) Math.ceil((span / 365.25 + 1) / Math.max(1.0, width / 60)));
			for (LocalDate day = year; !day.isAfter(last); day = day.plusYears(years)) {
				days.add(day);
			}
			format = YEAR;
		}
		if (days.isEmpty()) {
			days.add(first);
			format = DAY_YEAR;
		}
		List<Tick> ticks = new ArrayList<>();
		double previousEnd = Double.NEGATIVE_INFINITY;
		for (LocalDate day : days) {
			String label = format.format(day);
			double half = labelWidth(label) / 2;
			double x = x(day);
			double labelX = Math.max(half + 2, Math.min(chartWidth - half - 2, x));
			if (labelX - half < previousEnd + 8) {
				continue;
			}
			ticks.add(new Tick(day, label, x, labelX));
			previousEnd = labelX + half;
		}
		return ticks;
	}

	/** How wide a label of 12-pixel text is drawn, estimated generously. */
	static double labelWidth(String label) {
		return label.length() * CHAR_WIDTH;
	}

	/** A day as the record gives it ({@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, perhaps with a time). */
	static LocalDate day(String date) {
		return date.length() >= 10 ? LocalDate.parse(date.substring(0, 10))
				: date.length() >= 7 ? LocalDate.parse(date.substring(0, 7) + "-01") : LocalDate.parse(date.substring(0, 4) + "-01-01");
	}

}
