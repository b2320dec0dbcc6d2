package org.secondopinion.notification.web;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The threshold a worsening measure crossed, read back from the reason the rule gave ("HbA1c rose from 7.4% to 9.3%
 * over 252 days (4 values, trend +1.87 where 0.5 matters) …"): the baseline, then the minimal clinically important
 * difference in the worse direction. A sentence applies to a chart only when its first and last values are among
 * the chart's, so that the threshold is drawn only in the unit the rule judged in.
 */
final class WorseningThreshold {

	private static final Pattern SENTENCE = Pattern.compile(
			"(rose|fell) from (-?[0-9]+(?:\\.[0-9]+)?)[^;]*? to (-?[0-9]+(?:\\.[0-9]+)?)[^;]*?trend ([+-]?)[0-9.]+ where "
					+ "([0-9]+(?:\\.[0-9]+)?)(?: and ([0-9]+(?:\\.[0-9]+)?)% matter| matters)");

	private WorseningThreshold() {
	}

	/** The threshold line for a chart of {@code points}, from the criterion's reason; empty when none applies. */
	static Optional<DashboardCharts.Reference> of(String reason, List<MeasureChart.Point> points) {
		Matcher matcher = SENTENCE.matcher(reason);
		while (matcher.find()) {
			double from = Double.parseDouble(matcher.group(2));
			double to = Double.parseDouble(matcher.group(3));
			if (!among(from, points) || !among(to, points)) {
				continue;
			}
			double direction = "-".equals(matcher.group(4)) ? -1 : 1;
			double mcid = Double.parseDouble(matcher.group(5));
			if (matcher.group(6) != null) {
				mcid = Math.max(mcid, Math.abs(from) * Double.parseDouble(matcher.group(6)) / 100);
			}
			double threshold = from + direction * mcid;
			return Optional.of(new DashboardCharts.Reference(threshold, "Clinically important change: "
					+ Svg.fmt(round(threshold)) + " (baseline " + Svg.fmt(from) + (direction > 0 ? " + " : " − ")
					+ Svg.fmt(round(mcid)) + ")"));
		}
		return Optional.empty();
	}

	/** Whether a value as the reason rounds it (to a tenth or a hundredth) is one of the chart's values. */
	private static boolean among(double value, List<MeasureChart.Point> points) {
		return points.stream().anyMatch(p -> Math.abs(p.value() - value) <= 0.051);
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
