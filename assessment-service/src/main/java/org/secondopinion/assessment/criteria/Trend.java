package org.secondopinion.assessment.criteria;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.secondopinion.assessment.picture.Measurement;
import org.secondopinion.assessment.picture.ObservationResult;

/**
 * The trend of one monitored measure: the least-squares line through its values (in the canonical unit) over the
 * lookback window, and the change that line shows from the first value's date to the last's. A least-squares
 * slope rather than first-versus-last, so that one odd reading at either end neither makes nor hides a trend. When the
 * whole window shows no worsening, the values from the best one on are tried as well (a relapse after a first
 * response).
 */
final class Trend {

	private Trend() {
	}

	/** What the values say. */
	sealed interface Outcome permits Worsening, Steady, InsufficientData {

		MonitoredMeasure measure();

	}

	record Point(ObservationResult result, Instant at, BigDecimal value) {
	}

	/**
	 * Worse by at least the MCID; {@code change} is signed, in the canonical unit.
	 * @param side the side of a paired organ the series is of, when the patient has values of both sides
	 */
	record Worsening(MonitoredMeasure measure, List<Point> points, BigDecimal change, Side side) implements Outcome {

		Worsening(MonitoredMeasure measure, List<Point> points, BigDecimal change) {
			this(measure, points, change, Side.UNSPECIFIED);
		}

		/** The measure's name and, for one series of a paired organ, its side: "intraocular pressure (right)". */
		String name() {
			return side == Side.UNSPECIFIED ? measure.name() : measure.name() + " (" + side.label() + ")";
		}

		Point first() {
			return points.get(0);
		}

		Point last() {
			return points.get(points.size() - 1);
		}

	}

	/** Enough values, and no worsening as large as the MCID. */
	record Steady(MonitoredMeasure measure, BigDecimal change) implements Outcome {
	}

	/**
	 * Too few usable values to tell: a rule must not guess.
	 * @param usable values in the window with a unit that converts to the canonical one
	 * @param unusable values in the window left out for want of such a unit
	 */
	record InsufficientData(MonitoredMeasure measure, String why, int usable, int unusable) implements Outcome {

		/** Whether the patient has values of the measure at all: absent measures are not a data problem. */
		boolean hasValues() {
			return usable + unusable > 0;
		}

		/** A short, stable reason for metrics. */
		String reason() {
			return unusable > 0 ? "values-without-units" : "too-few-values";
		}

	}

	/**
	 * The measure's trends: one series, or one per side when the patient has values of both the right and the left
	 * (an eye's intraocular pressure, whose code, body site or method says which eye); values that name no side, or
	 * both, are then a series of their own. A trend never mixes the two sides of a paired organ.
	 */
	static List<Outcome> bySide(MonitoredMeasure measure, List<ObservationResult> observations, Instant now,
			Duration lookback, Duration minimumSpan, int minimumValues) {
		Map<Side, List<ObservationResult>> sides = new EnumMap<>(Side.class);
		for (ObservationResult result : observations) {
			if (measure.measures(result.code())) {
				sides.computeIfAbsent(Side.of(result), s -> new ArrayList<>()).add(result);
			}
		}
		if (!sides.containsKey(Side.RIGHT) || !sides.containsKey(Side.LEFT)) {
			return List.of(of(measure, observations, now, lookback, minimumSpan, minimumValues));
		}
		List<Outcome> outcomes = new ArrayList<>();
		sides.forEach((side, values) -> {
			Outcome outcome = of(measure, values, now, lookback, minimumSpan, minimumValues);
			outcomes.add(switch (outcome) {
				case Worsening w -> new Worsening(w.measure(), w.points(), w.change(), side);
				case InsufficientData i -> new InsufficientData(i.measure(),
						(side == Side.UNSPECIFIED ? "values naming no side" : side.label() + " side") + ": " + i.why(),
						i.usable(), i.unusable());
				case Steady steady -> steady;
			});
		});
		return outcomes;
	}

	static Outcome of(MonitoredMeasure measure, List<ObservationResult> observations, Instant now, Duration lookback,
			Duration minimumSpan, int minimumValues) {
		List<Point> points = new ArrayList<>();
		int unusable = 0;
		for (ObservationResult result : observations) {
			if (!result.isResult() || result.effective() == null || result.effective().isBefore(now.minus(lookback))
					|| result.effective().isAfter(now) || !measure.measures(result.code())) {
				continue;
			}
			Measurement measured = MeasuredValues.of(result);
			if (measured == null || measured.comparator() != null) {
				continue;
			}
			Optional<BigDecimal> value = measure.canonical(measured);
			if (value.isEmpty()) {
				unusable++;
				continue;
			}
			points.add(new Point(result, result.effective(), value.get()));
		}
		points.sort(Comparator.comparing(Point::at));
		String excluded = unusable == 0 ? "" : " (" + unusable + " value(s) without a unit that converts to "
				+ measure.unit() + " were left out)";
		if (points.size() < minimumValues) {
			return new InsufficientData(measure, points.size() + " usable value(s), " + minimumValues + " needed"
					+ excluded, points.size(), unusable);
		}
		Duration span = Duration.between(points.get(0).at(), points.get(points.size() - 1).at());
		if (span.compareTo(minimumSpan) < 0) {
			return new InsufficientData(measure, "values span " + span.toDays() + " days, " + minimumSpan.toDays()
					+ " needed" + excluded, points.size(), unusable);
		}
		BigDecimal change = fittedChange(points);
		if (measure.clinicallyWorse(change, fittedStart(points))) {
			return new Worsening(measure, List.copyOf(points), change);
		}
		return sinceBest(measure, points, minimumSpan, minimumValues).<Outcome>map(w -> w)
			.orElseGet(() -> new Steady(measure, change));
	}

	/**
	 * The worsening since the best value, when the whole window shows none: a measure often improves when a treatment
	 * begins and then worsens while it goes on (a GAD-7 of 15 at the start, 9 after two months, then 13 and 17), and
	 * the line through all values hides the relapse. The values from the best one on must meet the same minimum count
	 * and span, and their own line the MCID.
	 */
	private static Optional<Worsening> sinceBest(MonitoredMeasure measure, List<Point> points, Duration minimumSpan,
			int minimumValues) {
		int best = 0;
		for (int i = 1; i < points.size(); i++) {
			int compared = points.get(i).value().compareTo(points.get(best).value());
			if (measure.higherIsWorse() ? compared < 0 : compared > 0) {
				best = i;
			}
		}
		if (best == 0) {
			return Optional.empty();
		}
		List<Point> since = List.copyOf(points.subList(best, points.size()));
		if (since.size() < minimumValues
				|| Duration.between(since.get(0).at(), since.get(since.size() - 1).at()).compareTo(minimumSpan) < 0) {
			return Optional.empty();
		}
		BigDecimal change = fittedChange(since);
		return measure.clinicallyWorse(change, fittedStart(since)) ? Optional.of(new Worsening(measure, since, change))
				: Optional.empty();
	}

	/** Where the least-squares line stands at the first value's date: the base a relative MCID is taken from. */
	static BigDecimal fittedStart(List<Point> points) {
		Line line = line(points);
		return BigDecimal.valueOf(line.intercept()).setScale(4, RoundingMode.HALF_UP);
	}

	/** The least-squares slope times the time from the first value to the last. */
	static BigDecimal fittedChange(List<Point> points) {
		Instant origin = points.get(0).at();
		double span = days(origin, points.get(points.size() - 1).at());
		return BigDecimal.valueOf(line(points).slope() * span).setScale(2, RoundingMode.HALF_UP);
	}

	/** The least-squares line, with days since the first value as x. */
	private record Line(double slope, double intercept) {
	}

	private static Line line(List<Point> points) {
		Instant origin = points.get(0).at();
		double n = points.size();
		double meanX = points.stream().mapToDouble(p -> days(origin, p.at())).sum() / n;
		double meanY = points.stream().mapToDouble(p -> p.value().doubleValue()).sum() / n;
		double covariance = 0;
		double variance = 0;
		for (Point p : points) {
			double dx = days(origin, p.at()) - meanX;
			covariance += dx * (p.value().doubleValue() - meanY);
			variance += dx * dx;
		}
		double slope = variance == 0 ? 0 : covariance / variance;
		return new Line(slope, meanY - slope * meanX);
	}

	private static double days(Instant origin, Instant at) {
		return Duration.between(origin, at).toMinutes() / (60.0 * 24.0);
	}

}
